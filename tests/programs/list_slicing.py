# List slicing with steps.
a = list(range(10))
print(a[2:5], a[:3], a[7:], a[-3:], a[:-3], a[::2], a[1::3], a[::-1], a[::-3], a[8:1:-2])
print(a[100:], a[-100:2], a[5:2], a[3:3], a[-1:-5:-1], a[:100:4])
b = a[:]
b[0] = "changed"
print(a[0], b[0], a[:] == a, a[:] is a)
m = [[1, 2], [3, 4]]
c = m[:]
c[0].append(99)
print(m, c)
for step in [1, 2, 3, -1, -2, -4]:
    print(step, a[::step], a[1:8:step], a[8:1:step])
print(a[1:-1][1:-1][1:-1], list(reversed(a[::2])))
try:
    a[::0]
except ValueError as e:
    print("ValueError", e)
try:
    a[10]
except IndexError as e:
    print("IndexError", e)
try:
    a["1"]
except TypeError as e:
    print("TypeError", e)
