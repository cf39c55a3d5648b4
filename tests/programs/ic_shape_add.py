# adding attributes to one instance changes its shape; the others keep theirs
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

def get_x(p):
    return p.x

def get_z(p):
    return getattr(p, "z", None)

pts = [Point(i, -i) for i in range(10)]
s = 0
for i in range(300):
    s += get_x(pts[i % 10])
print("warm", s)

pts[3].z = "three"          # only this one changes shape
pts[7].extra = 7
pts[7].z = "seven"
s = 0
for i in range(300):
    s += get_x(pts[i % 10])
print("after shape change", s)
print([get_z(p) for p in pts])

# attribute reads at a site where objects progressively grow
class Bag:
    pass

bags = [Bag() for _ in range(5)]
log = []
for i in range(300):
    b = bags[i % 5]
    n = len(b.__dict__)
    setattr(b, "a%d" % n, n)
    if i % 60 == 0:
        log.append((i, n, b.a0))
print(log)
print([len(b.__dict__) for b in bags])
print(bags[0].a0, bags[0].a59, sorted(bags[4].__dict__)[:5])

# store site that sees many shapes
def set_y(o, v):
    o.y = v

objs = [Point(0, 0), Bag(), Point(1, 1)]
objs[2].w = 5
for i in range(300):
    set_y(objs[i % 3], i)
print([o.y for o in objs], [sorted(o.__dict__) for o in objs])

# new attribute on the class vs the instance
Point.z = "class z"
print([get_z(p) for p in pts])
del Point.z
print([get_z(p) for p in pts])
