# Basic integer arithmetic with positive and negative operands.
vals = [0, 1, -1, 2, -2, 7, -7, 13, -13, 100, -100]
for a in vals:
    row = []
    for b in [1, -1, 3, -3, 10]:
        row.append(a + b)
        row.append(a - b)
        row.append(a * b)
    print(a, row)
x = 5
x += 3
print(x)
x -= 10
print(x)
x *= -4
print(x)
x //= 3
print(x)
x %= 5
print(x)
x **= 3
print(x)
print(-(-3), +(-3), -(+3))
print(2 + 3 * 4 - 5, (2 + 3) * (4 - 5), 2 ** 3 ** 2, (2 ** 3) ** 2, -2 ** 2, (-2) ** 2)
print(10 - 2 - 3, 100 // 10 // 3, 2 * 3 % 4, 2 + 7 % 3 * 2)
total = 0
for i in range(1, 101):
    total += i * i - i
print("total", total)
print(1 / 2, 7 / 7, -9 / 3, 10 / 4, 0 / 5)
print(type(6 / 3).__name__, type(6 // 3).__name__)
