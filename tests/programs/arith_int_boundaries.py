# Values around machine-word boundaries, where a fast path must overflow to big ints.
bounds = [2 ** 30, 2 ** 31, 2 ** 32, 2 ** 61, 2 ** 62, 2 ** 63, 2 ** 64]
for b in bounds:
    for v in (b - 1, b, b + 1, -b - 1, -b, -b + 1):
        print(v, v + v, v * 3, v - (-v), v * v, v // 7, v % 7, -v)
x = 2 ** 62 - 10
for i in range(20):
    x += 1
print(x, x - 2 ** 62)
y = 4611686018427387904
print(y * 2, y * 2 - y, y + y + y + y, (y + y + y + y) // 4)
z = 3037000499
print(z * z, (z + 1) * (z + 1), -z * z)
acc = 1
for i in range(25):
    acc = acc * 7 - 3
    if i > 18:
        print(i, acc)
for i in range(25):
    acc = (acc + 3) // 7
print(acc)
print(9223372036854775807 + 1, -9223372036854775808 - 1, 9223372036854775807 * 2)
print(-(-9223372036854775808), -9223372036854775808 // -1, abs(-9223372036854775808))
print(9223372036854775807 // -1, (-9223372036854775808) % -1, (-9223372036854775808) * -1)
