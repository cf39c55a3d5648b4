# 64-bit-range values: hash masks, FNV-1a hashing and overflow into big ints and back.
MASK = 0xFFFFFFFFFFFFFFFF
print(MASK, hex(MASK), MASK + 1, MASK & 0xFF, MASK >> 60)
FNV_OFFSET = 0xcbf29ce484222325
FNV_PRIME = 0x100000001b3
def fnv1a(text):
    h = FNV_OFFSET
    for ch in text:
        h ^= ord(ch)
        h = (h * FNV_PRIME) & MASK
    return h
for word in ["", "a", "kiln", "hello world", "The quick brown fox"]:
    h = fnv1a(word)
    print(repr(word), h, hex(h))
x = 2 ** 62
print(x, x + x, x * 2 - 1, (x * 4) // 4, x * 4 - x * 4)
y = 9223372036854775807
print(y, y + 1, y + 1 - 1, -y - 1, -y - 2, y * y)
z = -9223372036854775808
print(z, z - 1, z * -1, z // -1, abs(z), -z)
v = 1
for i in range(130):
    v = (v * 3 + 1) & MASK
print("lcg", v)
s = 0
for i in range(200):
    s += 2 ** 63 - 1
print(s, s // 200 == 2 ** 63 - 1)
w = 2 ** 70
for i in range(10):
    w //= 2 ** 7
    print(i, w)
def xorshift(state):
    state ^= (state << 13) & MASK
    state ^= state >> 7
    state ^= (state << 17) & MASK
    return state
st = 88172645463325252
for i in range(8):
    st = xorshift(st)
    print(st)
