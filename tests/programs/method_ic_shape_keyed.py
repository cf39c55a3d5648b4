# Method sites cache the function found on the class by the receiver's shape alone;
# rebinding the name on the class or a base must be seen at once, in every tier, and
# a program that rebinds methods in a loop (past the forget budget) stays correct.

class Base:
    def m(self):
        return "base"

class A(Base):
    def m(self):
        return "A"

class B(Base):
    pass


def call_m(o):
    return o.m()


def warm(f, *a):
    r = None
    for _ in range(300):
        r = f(*a)
    return r


a, b = A(), B()
print(warm(call_m, a), warm(call_m, b))
A.m = lambda self: "A2"
print("rebound on class", call_m(a), call_m(b))
Base.m = lambda self: "base2"
print("rebound on base", call_m(a), call_m(b))
del A.m
print("deleted: base revealed", call_m(a))
B.m = staticmethod(lambda: "static")
print("staticmethod", call_m(b))
del B.m
print("back to base", call_m(b))

# An instance attribute of the same name (a new shape) takes over.
c = A()
print(warm(call_m, c))
c.m = lambda: "instance callable"
print(call_m(c))

# Polymorphic site: four classes, then one of them rebinds.
class K1:
    def m(self): return 1
class K2:
    def m(self): return 2
class K3:
    def m(self): return 3
class K4:
    def m(self): return 4
def call_poly(o):
    return o.m()
objs = [K1(), K2(), K3(), K4()]
t = 0
for i in range(400):
    t += call_poly(objs[i % 4])
print("poly", t)
K3.m = lambda self: 30
print("poly rebound", [call_poly(o) for o in objs])

# A plain class attribute rebound in a hot loop forgets nothing and stays right.
class Counter:
    n = 0
    def get(self):
        return Counter.n
ctr = Counter()
s = 0
for i in range(2000):
    Counter.n = i
    s += ctr.get()
print("counter", s)

# Rebinding a method 1500 times (past the forget budget): still correct.
class R:
    def m(self):
        return -1
r = R()
total = 0
for i in range(1500):
    R.m = (lambda k: lambda self: k)(i)
    total += call_m(r)
print("rebinding loop", total)
