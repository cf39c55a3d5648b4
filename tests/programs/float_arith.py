# Float arithmetic and the usual rounding artifacts.
a, b = 7.5, -2.25
print(a + b, a - b, a * b, a / b, a ** 2, b ** 2, 8.0 ** (1 / 3))
print(0.1 + 0.2, 0.3 - 0.1, 1.0 - 0.9, 0.7 * 3, 1e20 + 1 - 1e20, 1e-20 + 1)
total = 0.0
for i in range(10):
    total += 0.1
print(total, total == 1.0, abs(total - 1.0) < 1e-9)
x = 1.0
for i in range(30):
    x = x * 1.5 - 0.25
print(x)
print(2.0 ** 0.5, 2 ** 0.5, 4 ** 0.5, 10 ** -1, 2.0 ** -1074, 2.0 ** 1023 * 2)
print(1.0 / 3.0 * 3.0, 1e300 * 1e10, -1e300 * 1e10, 1e-300 * 1e-300)
print(5.0 / 2, 5 / 2.0, -5.0 / 2, 7.0 / -0.5)
for e in [0.5, 1.5, 2.0, -1.0, -0.5]:
    print(e, 3.0 ** e, 2.5 ** e)
try:
    print(1.0 / 0.0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    print(1.0 / 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    print(0.0 ** -1)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    print(10.0 ** 400)
except OverflowError as e:
    print("OverflowError")
print((-8.0) ** 2, (-2.0) ** 3, (-2.0) ** -2)
