# sum(), any() and all() over generators (which Kiln drains in one resumption):
# totals that change type midway, early stops that leave the generator suspended,
# values whose truth or sum needs Python code, and exceptions.

def squares(n, log=None):
    for i in range(n):
        if log is not None:
            log.append(i)
        yield i * i

print(sum(squares(100)), sum(x * 0.5 for x in range(10)), sum(x for x in []))
print(sum((x for x in range(5)), 10), sum((x for x in range(5)), 0.5), sum((x for x in [1.5, 2]), 1))
print(sum(2 ** 40 for _ in range(2 ** 10)), sum(2 ** 62 for _ in range(4)))
print(sum(True for _ in range(7)), sum(x > 2 for x in range(6)), type(sum(b for b in [True, False])).__name__)
print(sum([[1], [2], [3]], []) if False else sum(([i] for i in range(3)), []))

class Money:
    def __init__(self, c):
        self.c = c
    def __add__(self, other):
        print("add", other)
        return Money(self.c + (other.c if isinstance(other, Money) else other))
    def __radd__(self, other):
        print("radd", other)
        return Money(self.c + other)
    def __repr__(self):
        return "Money(%d)" % self.c

def mixed():
    yield 1
    yield 2
    yield Money(10)
    yield 3
    yield Money(5)
print(sum(mixed()))

# any/all: stop at the deciding value; the generator is left suspended there.
log = []
g = squares(10, log)
print(any(x > 10 for x in g), log)
log.clear()
g2 = squares(10, log)
print(any(v > 10 for v in g2), next(g2, "end"), log)
h = (x for x in [3, 0, 5, 6])
print(all(h), list(h))
print(any(x for x in []), all(x for x in []), any(x for x in [0, 0.0, "", None, False]))
print(all(x for x in [1, 2.5, "a", True]), any(x for x in ["", "b"]))

class Truthy:
    def __init__(self, t):
        self.t = t
    def __bool__(self):
        print("bool", self.t)
        return self.t
print(any(Truthy(t) for t in [False, False, True, False]))
print(all(Truthy(t) for t in [True, True, False, True]))
print(any(x for x in [0, [], [1], 0]), all(x for x in [1, {}, 2]))

# Exceptions from inside the generator.
def fails():
    yield 1
    yield 2
    raise LookupError("midway")
for consumer in (sum, any, all):
    try:
        print(consumer(x for x in fails()))
    except LookupError as e:
        print(consumer.__name__, "LookupError", e)
try:
    sum(x for x in [1, "a"])
except TypeError as e:
    print("TypeError", e)

# Nested: sums inside a generator drained by an outer sum.
print(sum(sum(j for j in range(i)) for i in range(100)))
print(all(any(c == "x" for c in w) for w in ["ax", "xb", "cxd"]))
