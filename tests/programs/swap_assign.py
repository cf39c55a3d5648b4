# `a, b = x, y` with displays of the same length (up to 3) compiles without a tuple
# (Swap): evaluation order, assignment order and targets of every kind must be as
# with the tuple.

log = []

def v(x):
    log.append(x)
    return x

class O:
    def __init__(self):
        self.x, self.y = 1, 2
    def __setattr__(self, k, val):
        log.append("set " + k)
        object.__setattr__(self, k, val)

def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a

def rot(a, b, c):
    a, b, c = b, c, a
    return a, b, c

def single(x):
    a, = x,
    [b] = [x]
    return a, b

def subs(l, i):
    l[i], i = v(10), v(0)
    return l, i

def nested():
    (a, b), c = (v(1), v(2)), v(3)
    return a, b, c

def lists():
    [a, b] = [v("p"), v("q")]
    a, [b, c] = v(1), [v(2), v(3)]
    return a, b, c

for n in range(120):
    r = (fib(n % 30), rot(1, 2, 3), single(n), subs([0, 0, 0], 2), nested(), lists())
    if n % 60 == 0:
        print(r)
o = O()
o.x, o.y = o.y, o.x
print(o.x, o.y)
print(log[:12], len(log))
try:
    a, b = 1, 2, 3
except ValueError as e:
    print("ValueError:", e)
