# Generators consumed to their end by builtins (tuple, list, set, sorted, join, ...):
# Kiln runs such a generator in one resumption (its yields go straight to the
# consumer), which must be invisible: order of side effects, exceptions, tracebacks,
# PEP 479, values declined by the consumer, nesting, and self-inspection.
import sys

log = []

def noisy(n):
    for i in range(n):
        log.append(("gen", i))
        x = yield i
        log.append(("got", x))
    log.append("end")

print(tuple(noisy(3)))
print(log)
log.clear()
print(list(noisy(2)), sorted(noisy(3), reverse=True), log[-1])

print(tuple(x * x for x in range(10)))
print(list(c for c in "kiln"), "".join(c.upper() for c in "drain"))
print(sorted({i % 7 for i in range(20)}), set(i % 3 for i in range(10)))
print(sorted(set(str(i) * 2 for i in range(5))))
print(tuple(tuple(y for y in range(x)) for x in range(4)))
print(frozenset(x for x in (1, 2, 2, 3)) == frozenset({1, 2, 3}))
print(tuple(x for x in ()), set(x for x in []))

# A started generator is drained from where it stands.
g = (i for i in range(6))
print(next(g), next(g), tuple(g), tuple(g))

# Keys that are not small ints or strs: equal across int/float/bool, user hashes.
class Key:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        log.append(("hash", self.v))
        return hash(self.v)
    def __eq__(self, other):
        log.append(("eq", self.v))
        return self.v == (other.v if isinstance(other, Key) else other)
    def __repr__(self):
        return "Key(%r)" % (self.v,)

log.clear()
def mixed():
    yield 1
    log.append("after 1")
    yield 1.0
    yield True
    yield Key(2)
    log.append("after Key(2)")
    yield 2
    yield "a"
    yield "".join(["a"])
    yield 10 ** 30
    yield 10 ** 30
s = set(mixed())
print(sorted(map(repr, s)), len(s))
print(log)

# The generator can see itself running; next() on it inside fails as in CPython.
def selfish():
    yield me.gi_running
    try:
        next(me)
    except ValueError as e:
        yield str(e)
me = selfish()
print(tuple(me))

# try/finally inside, yield as an expression, return value ignored.
def guarded():
    try:
        for i in range(3):
            got = yield i
            yield got
    finally:
        print("finally ran")
    return "ignored"
print(list(guarded()))

# Exceptions: the generator is finished afterwards.
def boom(n):
    for i in range(n):
        if i == 2:
            raise KeyError(i)
        yield i
b = boom(5)
try:
    tuple(b)
except KeyError as e:
    print("KeyError", e)
print(list(b))

# PEP 479: StopIteration raised inside becomes RuntimeError.
def stops():
    yield 1
    raise StopIteration("inner")
try:
    tuple(stops())
except RuntimeError as e:
    print("RuntimeError", e, type(e.__cause__).__name__)

# A set consumer that hits an unhashable value midway.
try:
    set(x for x in [1, 2, [3], 4])
except TypeError as e:
    print("TypeError", e)

# Deep recursion inside a drained generator is still a RecursionError.
def deep(n):
    return deep(n + 1)
def calls_deep():
    yield 1
    deep(0)
try:
    tuple(calls_deep())
except RecursionError as e:
    print("RecursionError", e)

# Many items, nested consumers inside the generator's body.
big = tuple(sum(tuple(range(i % 5))) for i in range(10000))
print(len(big), sum(big), big[:6])
print(len(set(str(i % 1000) for i in range(5000))))

# Finally, an uncaught error from inside a drained genexpr (traceback line numbers).
data = [3, 2, 1, 0]
print(tuple(12 // d for d in data))
