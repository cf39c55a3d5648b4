# Attribute sites cache an instance slot by shape alone; a class change that puts a
# data descriptor or an attribute hook in front of instance attributes must be seen by
# every site at once, in every tier.

class P:
    def __init__(self, x):
        self.x = x
        self.y = x + 1


def read_x(o):
    return o.x


def write_x(o, v):
    o.x = v


def warm(f, *a):
    r = None
    for _ in range(300):
        r = f(*a)
    return r


p = P(1)
print("plain", warm(read_x, p))
warm(write_x, p, 5)
print("stored", p.x)

# A property added to the class shadows the instance attribute (loads and stores).
P.x = property(lambda self: "prop", lambda self, v: print("setter", v))
print("after property", read_x(p))
write_x(p, 7)
print("dict still", p.__dict__["x"])
del P.x
print("property gone", read_x(p))

# A base class's property revealed by deleting the subclass's plain attribute.
class Base:
    @property
    def z(self):
        return "base-prop"

class Sub(Base):
    z = "class-plain"

s = Sub()
s.z = "inst"
def read_z(o):
    return o.z
print("shadowed by base property", warm(read_z, s))
class Q:
    def __init__(self):
        self.z = "q-inst"
q = Q()
print("q", warm(read_z, q))
del Sub.z
print("base property revealed", read_z(s), read_z(q))

# A descriptor type that becomes a data descriptor when it gains __set__.
class D:
    def __get__(self, obj, typ=None):
        return "descr"

class R:
    w = D()
    def __init__(self):
        self.w = "inst-w"

r = R()
def read_w(o):
    return o.w
print("non-data descriptor", warm(read_w, r))
D.__set__ = lambda self, obj, v: None
print("data descriptor now", read_w(r))
del D.__set__
print("non-data again", read_w(r))

# __getattribute__ and __setattr__ added after the sites are warm.
class H:
    def __init__(self):
        self.a = 10
h = H()
def read_a(o):
    return o.a
def write_a(o, v):
    o.a = v
print("a", warm(read_a, h))
warm(write_a, h, 11)
H.__getattribute__ = lambda self, n: "hooked-" + n
print("getattribute", read_a(h))
del H.__getattribute__
print("unhooked", read_a(h))
H.__setattr__ = lambda self, n, v: print("setattr hook", n, v)
write_a(h, 12)
print("a unchanged", read_a(h))
del H.__setattr__
write_a(h, 13)
print("a", read_a(h))

# A polymorphic site: two shapes of one class, then the property.
class V:
    pass
v1 = V(); v1.k = 1
v2 = V(); v2.j = 0; v2.k = 2
def read_k(o):
    return o.k
t = 0
for i in range(400):
    t += read_k(v1 if i % 2 else v2)
print("poly", t)
V.k = property(lambda self: 100)
print("poly property", read_k(v1), read_k(v2))

# Class attribute changes that do not shadow keep working.
class C:
    count = 0
    def __init__(self):
        self.n = 1
c = C()
def bump(o):
    C.count += 1
    return o.n + C.count
print("counter", warm(bump, c), C.count)
