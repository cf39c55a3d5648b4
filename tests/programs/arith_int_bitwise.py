# Bitwise operators on small, negative and big ints.
vals = [0, 1, 5, 12, 255, -1, -6, -256, 2 ** 40 + 3, -(2 ** 70)]
for a in vals:
    print(a, ~a, a & 0xF0F, a | 3, a ^ -1, a ^ 0xFF)
for a in [0b1100, -0b1100]:
    for b in [0b1010, -0b1010]:
        print(a, b, a & b, a | b, a ^ b)
print(~0, ~-1, ~2 ** 64, ~(2 ** 64))
print(0xFF & 0x0F | 0xF0 ^ 0x3C)
print(True & False, True | False, True ^ True, ~True)
x = 0
for i in range(0, 64, 3):
    x |= 1 << i
print(x, bin(x))
cnt = 0
y = x
while y:
    y &= y - 1
    cnt += 1
print("popcount", cnt, bin(x).count("1"))
print((2 ** 100 - 1) & (2 ** 64 + 2 ** 63), (2 ** 100) | 1, (2 ** 100) ^ (2 ** 100 + 5))
print(-(2 ** 100) & 0xFFFF, -(2 ** 100) | 0xFFFF, (-(2 ** 100)) ^ 0xFFFF)
