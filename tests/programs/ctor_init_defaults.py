# Constructions whose __init__ has defaults, in both tiers: the interpreter's inline
# __init__, the JIT's construct path and its Rust fallback fill the missing parameters
# from the defaults tuple, read at call time; wrong counts raise CPython's TypeError.


class Variable:
    def __init__(self, name, value=0, tags=()):
        self.name = name
        self.value = value
        self.tags = tags

    def __repr__(self):
        return f"Variable({self.name!r}, {self.value!r}, {self.tags!r})"


class Point:
    def __init__(self, x=1.0, y=2.0):
        self.x, self.y = x, y


def build(n):
    out = []
    for i in range(n):
        out.append(Variable("v%d" % i))
        out.append(Variable("w", i))
        out.append(Variable("t", i, ("a",)))
    return out


def points(n):
    return [(p.x, p.y) for p in (Point(), Point(3.0), Point(4.0, 5.0)) for _ in range(n)][:3]


print(build(2))
print(points(3))
Variable.__init__.__defaults__ = (7, ("changed",))
print(build(1))
for args in [(), ("a", 1, 2, 3)]:
    try:
        Variable(*args) if args else Variable()
    except TypeError as e:
        print("TypeError:", e)
print(len(build(200)), points(50)[2])
Variable()
