# Conversions between big ints and floats.
for n in [0, 1, -1, 2 ** 52, 2 ** 53, 2 ** 53 + 1, 2 ** 63, 2 ** 64 + 1, 10 ** 20, 10 ** 22, 10 ** 23, -(10 ** 30)]:
    print(n, float(n), int(float(n)), float(n) == n)
print(int(1e22), int(1e23), int(1.5e300) % 1000, int(-2.5e18))
print(2 ** 100 / 2 ** 50, 10 ** 30 / 10 ** 10, (10 ** 30 + 1) / 10, 1 / 10 ** 20)
print(7 / 3, -7 / 3, 10 ** 17 / 3, 2 ** 70 / 7)
try:
    print(10 ** 400 / 1)
except OverflowError as e:
    print("OverflowError", e)
try:
    print(float(2 ** 1024))
except OverflowError as e:
    print("OverflowError", e)
print(10 ** 400 // 10 ** 399, (10 ** 400) / (10 ** 399))
print(2 ** 1023 * 1.0, float(2 ** 1023) * 2)
