# Deep `yield from` chains: values, sends, returns, exceptions caught at every level,
# PEP 479, re-entrancy errors, non-generator delegates, throw/close from outside, and
# consumers of every kind (for loops, list(), next(), generator expressions).

class Tree:
    def __init__(self, left, value, right):
        self.left, self.value, self.right = left, value, right
    def __iter__(self):
        if self.left:
            yield from self.left
        yield self.value
        if self.right:
            yield from self.right

def tree(lo, hi):
    if lo >= hi:
        return None
    mid = (lo + hi) // 2
    return Tree(tree(lo, mid), mid, tree(mid + 1, hi))

t = tree(0, 1000)
for _ in range(3):
    total = 0
    for v in t:
        total += v
    print(total, list(t)[:5], sum(x * 2 for x in t), next(iter(t)))

# Return values travel up through each level.
def chain(n):
    if n == 0:
        x = yield "leaf"
        return x * 2
    r = yield from chain(n - 1)
    return r + 1

g = chain(20)
print(next(g))
try:
    g.send(5)
except StopIteration as e:
    print("returned", e.value)

# Sent values reach the innermost generator.
def echo(n):
    if n == 0:
        got = []
        while True:
            v = yield len(got)
            if v is None:
                return got
            got.append(v)
    return (yield from echo(n - 1))

g = echo(30)
print(next(g), g.send("a"), g.send("b"), g.send("c"))
try:
    next(g)
except StopIteration as e:
    print("echoed", e.value)

# An exception in the innermost generator, caught at a chosen level.
def raiser(n, catch_at):
    if n == 0:
        yield "deep"
        raise KeyError("boom")
    try:
        yield from raiser(n - 1, catch_at)
    except KeyError as e:
        if n != catch_at:
            raise
        yield "caught at %d: %r" % (n, e)
    yield "after %d" % n

for catch_at in (1, 5, 12):
    print(list(raiser(12, catch_at)))
try:
    list(raiser(12, 99))
except KeyError as e:
    print("escaped", e)

# PEP 479: StopIteration inside a generator becomes RuntimeError at that level.
def stopper(n):
    if n == 0:
        yield 1
        raise StopIteration
    try:
        yield from stopper(n - 1)
    except RuntimeError as e:
        yield "runtime error at %d: %s" % (n, e)

print(list(stopper(4)))

# Re-entering a generator of the running chain.
def reenter(n, holder):
    if n == 0:
        try:
            next(holder[0])
        except ValueError as e:
            yield "ValueError: %s" % e
        return
    yield from reenter(n - 1, holder)

holder = []
outer = reenter(6, holder)
holder.append(outer)
print(list(outer))
holder = []
def mid_of(n, holder):
    if n == 3:
        g = reenter(3, holder)
        holder.append(g)
        yield from g
        return
    yield from mid_of(n - 1, holder)
print(list(mid_of(8, holder)))

# A non-generator delegate at the bottom, and a not-started generator sent a value.
def to_list(n):
    if n == 0:
        yield from [1, 2, 3]
        yield from range(2)
        return
    yield from to_list(n - 1)
print(list(to_list(10)))

def bad_send():
    g = (x for x in range(3))
    yield from g
def outer_bad():
    yield from bad_send()
b = outer_bad()
print(next(b), b.send(None))
try:
    b.send(7)
except Exception as e:
    print(type(e).__name__, e)

# throw() and close() from outside while suspended deep in a chain.
def guarded(n, log):
    if n == 0:
        try:
            yield "ready"
            yield "not reached"
        except ValueError:
            log.append("leaf got ValueError")
            yield "handled"
        finally:
            log.append("leaf finally")
        return
    try:
        yield from guarded(n - 1, log)
    finally:
        log.append("level %d finally" % n)

log = []
g = guarded(5, log)
print(next(g), g.throw(ValueError), log)
g.close()
print(log)

# Chains driven by a loop in a compiled function and by nested generator expressions.
def drive(t, rounds):
    s = 0
    for _ in range(rounds):
        for v in t:
            if v % 7 == 0:
                s += v
    return s
print(drive(t, 30))
print(sum(sum(1 for _ in t) for _ in range(5)))

# Uncaught, with every level on the traceback.
def fail(n):
    if n == 0:
        yield 1
        1 / 0
    yield from fail(n - 1)

for v in fail(25):
    pass
