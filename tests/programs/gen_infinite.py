# infinite generators with a manual break
def naturals():
    n = 0
    while True:
        yield n
        n += 1

for n in naturals():
    if n > 5:
        break
    print("n", n)

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

out = []
for f in fib():
    if f > 1000:
        break
    out.append(f)
print(out)

g = fib()
for _ in range(50):
    v = next(g)
print("fib 49:", v)
print("fib 50:", next(g))

def primes():
    found = []
    n = 2
    while True:
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n
        n += 1

ps = []
for p in primes():
    ps.append(p)
    if len(ps) == 25:
        break
print(ps)

def cycle(seq):
    while True:
        for x in seq:
            yield x

c = cycle("abc")
print([next(c) for _ in range(8)])

def take(n, it):
    result = []
    for x in it:
        if len(result) >= n:
            break
        result.append(x)
    return result

print(take(5, naturals()))
print(take(3, cycle([1, 2])))
print(take(0, naturals()))

def collatz(n):
    while True:
        yield n
        if n == 1:
            n = 4
        elif n % 2:
            n = 3 * n + 1
        else:
            n //= 2

steps = 0
for v in collatz(27):
    steps += 1
    if v == 1:
        break
print("collatz 27 steps:", steps)

# break out then continue with the same generator
g = naturals()
for x in g:
    if x == 3:
        break
print("after break", next(g), next(g))
for x in g:
    if x >= 8:
        break
    print("resumed", x)
