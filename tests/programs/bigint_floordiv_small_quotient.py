# x // y (and the identities around it) for big ints of nearly equal size, whose
# quotient is small: the case the runtime estimates from the top words and corrects.
# Checked against CPython's digits for many shapes, including exact multiples and
# quotients at the estimate's boundaries.

state = 12345678901234567

def rand_bits(n):
    global state
    out = 0
    got = 0
    while got < n:
        state = (state * 6364136223846793005 + 1442695040888963407) % (1 << 64)
        out = (out << 64) | state
        got += 64
    return out >> (got - n)

checksum = 0
lines = []
for size in (129, 130, 191, 192, 193, 256, 1000, 3001):
    for extra in (0, 1, 2, 30, 59, 60, 61, 64, 100):
        for trial in range(4):
            y = rand_bits(size) | (1 << (size - 1))
            if trial == 1:
                y = (1 << (size - 1))                 # a power of two
            if trial == 2:
                y = (1 << size) - 1                   # all ones
            q0 = rand_bits(extra) if extra else 0
            for x in (q0 * y, q0 * y + 1, q0 * y + y - 1, q0 * y - 1, rand_bits(size + extra)):
                if x < 0:
                    continue
                q = x // y
                r = x % y
                assert q * y + r == x and 0 <= r < y
                checksum = (checksum * 31 + q + r % 1000003) % (1 << 61)
                lines.append(q)
print(len(lines), checksum)
print(lines[:12])
print([q.bit_length() for q in lines[-20:]])
# signs and mixed sizes still follow floor semantics
a = 7 ** 200
b = 7 ** 199 + 3
for x, y in ((a, b), (-a, b), (a, -b), (-a, -b), (b, a), (a * b, b), (a, 3), (a, -3)):
    print(x // y, (x % y) % 1000, divmod(x, y)[0] == x // y)
