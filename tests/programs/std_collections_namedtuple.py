from collections import namedtuple
Point = namedtuple("Point", ["x", "y"])
p = Point(1, 2)
print(p, p.x, p.y, p[0], p[1], p[-1], len(p), list(p))
x, y = p
print(x, y, p == (1, 2), p == Point(1, 2), p != Point(2, 1), hash(p) == hash((1, 2)))
print(p._asdict(), p._replace(y=5), Point._make([7, 8]), Point._fields)
q = Point(x=3, y=4)
print(q, Point(5, y=6))
P3 = namedtuple("P3", "a, b c", defaults=[0, 9])
print(P3(1), P3(1, 2), P3(1, 2, 3), P3._field_defaults)
for args, kw in [((1,), {}), ((1, 2, 3), {}), ((1,), {"z": 2}), ((1,), {"x": 2})]:
    try:
        Point(*args, **kw)
    except TypeError as e:
        print("TypeError", e)
try:
    p._replace(z=1)
except ValueError as e:
    print("ValueError", e)
try:
    Point._make([1])
except TypeError as e:
    print("TypeError", e)
for bad in [("P", "a a"), ("P", "_a"), ("P", "class"), ("1P", "a")]:
    try:
        namedtuple(*bad)
    except ValueError as e:
        print("ValueError", e)
R = namedtuple("R", "a b a", rename=True)
print(R._fields)
pts = sorted([Point(3, 1), Point(1, 2), Point(1, 1)])
print(pts)
print(max(Point(1, 2), Point(1, 3)), Point(1, 2) < Point(1, 3), p.count(1), p.index(2))
class Vec(namedtuple("Vec", "x y")):
    def norm2(self):
        return self.x * self.x + self.y * self.y
v = Vec(3, 4)
print(v, v.norm2(), v._replace(x=0))
d = {Point(0, 0): "origin"}
print(d[Point(0, 0)])
