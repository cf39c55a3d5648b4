# Mixing ints and floats in arithmetic and comparisons.
print(1 + 1.0, 2 * 0.5, 3 - 0.5, 7 / 2, 7 // 2.0, 7 % 2.0, 2 ** 0.5, 0.5 ** 2)
print(type(1 + 1.0).__name__, type(4 / 2).__name__, type(4 // 2).__name__, type(2 ** -1).__name__)
print(10 ** 20 + 0.5, 10 ** 20 * 1.0, 2 ** 100 / 2 ** 99, (2 ** 100) / 3)
print(1 == 1.0, 2 < 2.5, 3 >= 3.0, 10 ** 20 == 1e20, 10 ** 23 == 1e23)
xs = [3, 1.5, -2, 0.25, 7, -0.5]
print(sum(xs), max(xs), min(xs), sorted(xs))
avg = sum(xs) / len(xs)
print(avg, round(avg, 3))
print(True + 0.5, False * 2.5, 5 + True / 2)
n = 0
f = 0.0
for i in range(1, 50):
    n += i
    f += i / 2
print(n, f, n / 2 == f)
print(int(7 / 2), int(-7 / 2), 7 // 2, -7 // 2, round(7 / 2), round(-7 / 2))
