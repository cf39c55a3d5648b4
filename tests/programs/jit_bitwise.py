# BinaryOp & | ^ on two small ints inline in the JIT (48-bit payloads, negative
# numbers, in-place forms); bools, big ints, sets and user types through the runtime.

def ops(a, b):
    return (a & b, a | b, a ^ b)

def inplace(a, b):
    x = a
    x &= b
    y = a
    y |= b
    z = a
    z ^= b
    return x, y, z

class Flags:
    def __init__(self, v):
        self.v = v
    def __and__(self, o):
        return Flags(self.v & o.v)
    def __or__(self, o):
        return Flags(self.v | o.v)
    def __xor__(self, o):
        return Flags(self.v ^ o.v)
    def __rxor__(self, o):
        return Flags(o ^ self.v)
    def __repr__(self):
        return "Flags(%d)" % self.v

vals = [0, 1, -1, 5, -6, 255, 2 ** 47 - 1, -(2 ** 47), 2 ** 47, -(2 ** 47) - 1,
        2 ** 70 + 3, True, False]
total = 0
lines = []
for rnd in range(200):
    for a in vals:
        for b in vals:
            r = ops(a, b)
            s = inplace(a, b)
            assert r == s
            if rnd == 0:
                lines.append("%r %r -> %r %s" % (a, b, r, [type(x).__name__ for x in r]))
            total += sum(r) & 0xFFFF
print("\n".join(lines))
print(total)
h = 0
for i in range(1000):
    h ^= (i * 2654435761) & 0xFFFFFFFF
    h = (h << 1 | h >> 31) & 0xFFFFFFFF
print(h)
print(ops(Flags(12), Flags(10)), 3 ^ Flags(5))
print({1, 2} & {2, 3}, {1} | {4}, {1, 2} ^ {2, 3})
for a, b in [(1.5, 1), ("a", 1)]:
    try:
        print(a & b)
    except TypeError as e:
        print("TypeError:", e)
