# Shift operators, including shifts that grow into big ints and negative shifts.
for n in [1, 3, -1, -5, 255, 2 ** 62, -(2 ** 62)]:
    print(n, [n << k for k in (0, 1, 8, 31, 63, 64, 100)])
    print(n, [n >> k for k in (0, 1, 2, 8, 63, 64, 200)])
print(1 << 1000 >> 998)
print((-1) >> 5, (-1000) >> 3, -1000 // 8, (-7) >> 1)
print(2 ** 200 >> 190, (2 ** 200 + 12345) >> 200, -(2 ** 200) >> 199)
v = 1
for i in range(70):
    v <<= 1
print(v)
for i in range(70):
    v >>= 1
print(v)
try:
    print(1 << -1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(1 >> -3)
except ValueError as e:
    print(type(e).__name__, e)
print(True << 3, 5 >> True)
