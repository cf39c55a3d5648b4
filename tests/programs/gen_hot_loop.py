# many generator creations and resumptions in hot loops
def rng(n):
    i = 0
    while i < n:
        yield i
        i += 1

total = 0
for k in range(300):
    for v in rng(k % 17):
        total += v
print("total", total)

def pair_gen(a, b):
    yield a
    yield b

acc = []
for k in range(500):
    g = pair_gen(k, -k)
    acc.append(next(g) + next(g) * 2)
print(sum(acc), acc[:5], acc[-3:])

def fib_gen():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

g = fib_gen()
for _ in range(300):
    x = next(g)
print("fib", x % 1000000007)

# type changes in the values flowing through the same generator
def passthrough(items):
    for it in items:
        yield it

mixed = [1, 2.5, "s", (1,), None, True, 10 ** 20]
for _ in range(200):
    out = list(passthrough(mixed))
print([type(v).__name__ for v in out])

# generator with many locals resumed many times
def many_locals():
    a = 1; b = 2; c = 3; d = 4; e = 5; f = 6
    while True:
        a, b, c, d, e, f = b, c, d, e, f, (a + b + c) % 1000
        yield a + f

g = many_locals()
vals = [next(g) for _ in range(1000)]
print(vals[:10], vals[-5:], sum(vals))

# sending in a hot loop
def adder():
    s = 0
    while True:
        s += yield s

ad = adder()
next(ad)
for i in range(1000):
    r = ad.send(i)
print("adder", r)

# yield from in a hot loop
def sub(n):
    yield from range(n)
    return n

def sup():
    t = 0
    for i in range(200):
        t += yield from sub(i % 5)
    return t

g = sup()
cnt = 0
while True:
    try:
        next(g)
        cnt += 1
    except StopIteration as e:
        print("sup", cnt, e.value)
        break
