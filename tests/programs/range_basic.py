# range basics.
print(list(range(5)), list(range(2, 8)), list(range(0, 20, 5)), list(range(1, 10, 3)), list(range(5, 5)), list(range(5, 0)))
print(range(5), range(1, 5), range(0, 10, 2), repr(range(3, -3, -1)))
r = range(3, 30, 4)
print(len(r), r[0], r[-1], r[2], r.start, r.stop, r.step, list(r))
print(len(range(0)), len(range(10, 0)), len(range(0, 10, 3)), len(range(-5, 5)), len(range(0, 2 ** 40)))
print(sum(range(101)), max(range(7)), min(range(3, 9)), sorted(range(3), reverse=True))
print(range(0, 10, 2) == range(0, 9, 2), range(0) == range(5, 5), range(3) == [0, 1, 2])
total = 0
for i in range(1, 11):
    total += i
print(total)
try:
    range(1, 10, 0)
except ValueError as e:
    print("ValueError", e)
try:
    range(1.5)
except TypeError as e:
    print("TypeError", e)
