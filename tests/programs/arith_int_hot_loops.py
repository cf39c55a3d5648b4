# Arithmetic in hot loops (exercises compiled code paths and overflow checks).
def accumulate(n):
    s = 0
    p = 1
    for i in range(n):
        s += i * i
        p = (p * 31 + i) % 1000003
    return s, p
print(accumulate(10), accumulate(1000), accumulate(5000))
def grow(n):
    v = 1
    for i in range(n):
        v = v * 3 + 1
    return v
for k in (10, 39, 40, 41, 80, 120):
    g = grow(k)
    print(k, g, len(bin(g)) - 2)
def shrink(v):
    steps = 0
    while v > 1:
        v = v // 3
        steps += 1
    return steps
print(shrink(grow(120)), shrink(10 ** 50))
def mixed(n):
    t = 0
    for i in range(-n, n):
        t += i // 3 - i % 5 + (i << 2) - (i >> 1)
    return t
print(mixed(10), mixed(1000))
def collatz_len(n):
    c = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        c += 1
    return c
print([collatz_len(i) for i in range(1, 30)])
def neg_loop():
    x = 0
    for i in range(3000):
        x -= 7
    return x
print(neg_loop())
