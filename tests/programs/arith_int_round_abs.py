# round(), abs() and int(float) conversions.
for x in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 2.675, 0.125, 1e15 + 0.5]:
    print(x, round(x), round(x, 1), round(x, 2), int(x))
for n in [1234, -1234, 1250, 1350, -1250, 15, 25, 10 ** 20 + 5 * 10 ** 9]:
    print(n, round(n), round(n, -1), round(n, -2), round(n, -10), type(round(n, -1)).__name__)
print(abs(-5), abs(5), abs(0), abs(-2 ** 80), abs(-3.5), abs(-0.0), abs(True))
print(int(2.9999999), int(-2.9999999), int(1e18), int(1.5e19), int(-1e19))
print(round(7), type(round(7.2)).__name__, type(round(7.2, 0)).__name__, round(7.2, 0))
try:
    int(float("inf"))
except OverflowError as e:
    print("OverflowError", e)
try:
    int(float("nan"))
except ValueError as e:
    print("ValueError", e)
