# range with negative steps.
print(list(range(10, 0, -1)), list(range(10, 0, -3)), list(range(0, -10, -2)), list(range(-1, -5, -1)))
print(list(range(0, 10, -1)), list(range(5, 5, -1)), len(range(10, 0, -3)), len(range(0, 10, -1)))
r = range(20, -1, -5)
print(r, list(r), r[0], r[-1], r[1:3], len(r), 0 in r, 1 in r, 20 in r)
for i in range(3, -4, -2):
    print(i, end=" ")
print()
acc = []
for i in range(10, 0, -1):
    if i % 3 == 0:
        continue
    acc.append(i)
print(acc)
