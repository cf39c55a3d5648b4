# Exceptions raised and caught inside compiled frames, tier-up mid-loop (OSR) in frames
# called from interpreted code, generators resumed from compiled code, recursion limits.
def risky(i):
    if i % 7 == 3:
        raise ValueError("bad %d" % i)
    return i

def loop_with_handler(n):
    total, errors = 0, 0
    for i in range(n):
        try:
            total += risky(i)
        except ValueError as e:
            errors += 1
            last = str(e)
    return total, errors, last

print(loop_with_handler(1000))

def osr_then_raise(n):
    s = 0
    i = 0
    while i < n:
        s += i
        i += 1
    return s // 0

def caller():
    try:
        return osr_then_raise(5000)
    except ZeroDivisionError as e:
        return "caught " + str(e)

for _ in range(3):
    print(caller())

def unbound(flag):
    if flag:
        y = 1
    return y

for f in (True, False):
    try:
        print(unbound(f))
    except UnboundLocalError as e:
        print(type(e).__name__, e)

def gen(n):
    for i in range(n):
        got = yield i * 2
        if got:
            yield "got %s" % got

g = gen(5)
print(next(g), g.send("a"), next(g), next(g))
print(list(gen(4)), sum(x for x in range(100) if x % 3))
def thrower():
    try:
        yield 1
        yield 2
    except KeyError:
        yield "handled"
t = thrower()
print(next(t), t.throw(KeyError("k")))
t.close()

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm2(self):
        return self.x * self.x + self.y * self.y

class Bad:
    def __init__(self):
        return 5

print(sum(Point(i, i + 1).norm2() for i in range(200)))
for _ in range(2):
    try:
        Bad()
    except TypeError as e:
        print(e)

def deep(n):
    return n if n == 0 else 1 + deep(n - 1)
print(deep(500))
try:
    deep(100000)
except RecursionError as e:
    print("RecursionError", e)

def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(20))
def outer():
    raise KeyError("escapes")
def mid():
    for i in range(300):
        pass
    outer()
mid()
