# Huge multiplications, divisions and comparisons between big and small ints.
x = 3 ** 500
y = 7 ** 300
p = x * y
print(len(str(p)), p % 999983, p // (10 ** (len(str(p)) - 20)))
print(p // x == y, p % x, p // y == x)
q = (10 ** 100 + 1) * (10 ** 100 - 1)
print(q == 10 ** 200 - 1, str(q)[:10], str(q)[-10:])
acc = 1
for k in range(1, 40):
    acc = acc * (2 ** 64 - k) + k
print(acc % 1000000009, len(str(acc)))
print(-(10 ** 50) * 3, (10 ** 50) * -3, -(10 ** 50) * -(10 ** 50))
print((2 ** 128) * 0, 0 * (2 ** 128), 1 * (2 ** 128), (2 ** 128) * 1)
print(2 ** 64 * 2 ** 64 == 2 ** 128, (2 ** 64 + 1) ** 2)
a = 2 ** 90
print(a > 1, a < -1, -a < 1, a == a + 0, a + 1 > a, 5 < a, -5 > -a)
print(sum(range(10 ** 6, 10 ** 6 + 1000)) * 10 ** 20)
print(max(2 ** 70, 3, -(2 ** 71)), min(2 ** 70, 3, -(2 ** 71)))
