# divmod() and three-argument pow().
for a in [17, -17, 0, 5, 2 ** 70, -(2 ** 70)]:
    for b in [5, -5, 3, 2 ** 33]:
        d = divmod(a, b)
        print(a, b, d, d[0] * b + d[1] == a)
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(7, -2.5))
for m in [7, 13, 1000000007, 2 ** 61 - 1]:
    print(m, [pow(b, e, m) for b, e in [(2, 10), (3, 100), (10, 18), (12345, 6789)]])
def modinv(a, m):
    return pow(a, m - 2, m)
p = 1000000007
for a in [2, 3, 10, 123456]:
    inv = modinv(a, p)
    print(a, inv, a * inv % p)
print(pow(3, -1, 7), pow(2, -1, 9), pow(5, -2, 13))
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError", e)
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
