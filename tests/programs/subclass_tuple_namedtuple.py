# The namedtuple pattern: tuple.__new__(cls, ...) in __new__, properties over indices.
class Point(tuple):
    __slots__ = ()
    _fields = ("x", "y")

    def __new__(cls, x, y):
        return tuple.__new__(cls, (x, y))

    @property
    def x(self):
        return self[0]

    @property
    def y(self):
        return self[1]

    def __repr__(self):
        return "Point(x=%r, y=%r)" % self

    def _replace(self, **kw):
        return type(self)(kw.get("x", self.x), kw.get("y", self.y))

    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)

p = Point(1, 2)
q = Point(3, 4)
print(p, p.x, p.y, p + q, p == (1, 2), p._replace(y=9), len(p), list(p))
print(sorted([q, p]), hash(p) == hash((1, 2)), {p: "a"}[(1, 2)], tuple(p))
try:
    p.z = 1
except AttributeError as e:
    print("AttributeError", e)
try:
    Point(1)
except TypeError as e:
    print("TypeError", e)

class P3(Point):
    def __new__(cls, x, y, z=0):
        self = super().__new__(cls, x, y)
        return self

print(P3(1, 2), isinstance(P3(1, 2), Point), type(P3(1, 2)).__name__)

class Rec(tuple):
    def __new__(cls, *items):
        return super().__new__(cls, items)
    def __init__(self, *items):
        self.n = len(items)
    def __getitem__(self, i):
        return "item%d" % i if isinstance(i, int) else super().__getitem__(i)

r = Rec(5, 6, 7)
print(r, r.n, r[0], r[1:], tuple.__getitem__(r, 0), len(r))
from collections import namedtuple
NT = namedtuple("NT", "a b")
n = NT(1, b=2)
print(n, isinstance(n, tuple), n + (3,), n[::-1], NT._make([5, 6]), n._asdict())
x, y = n
print(x, y, n == (1, 2), NT(1, 2) < NT(1, 3), n.count(1), n.index(2))
