# one attribute-store site seeing many classes and shapes
class A:
    pass
class B:
    def __init__(self):
        self.v = 0
class C:
    __slots__ = ("v",)
class D:
    def __init__(self):
        self.other = 1
class E(B):
    pass
class Prop:
    def __init__(self):
        self._v = None
        self.sets = 0
    @property
    def v(self):
        return self._v
    @v.setter
    def v(self, val):
        self.sets += 1
        self._v = ("via property", val)
class Hook:
    def __setattr__(self, name, val):
        object.__setattr__(self, name, ("hooked", val))
class Frozen:
    def __setattr__(self, name, val):
        raise AttributeError("frozen: " + name)

def store(o, x):
    o.v = x      # the site

a = A()
for i in range(300):
    store(a, i)
print("mono", a.v)

objs = [A(), B(), C(), D(), E(), Prop(), Hook()]
for i in range(700):
    store(objs[i % len(objs)], i)
for o in objs:
    print(type(o).__name__, o.v)
print("property sets", objs[5].sets)
print(sorted(objs[3].__dict__.items()))

f = Frozen()
try:
    store(f, 1)
except AttributeError as e:
    print("AttributeError:", e)

# slots: cannot add other attributes
c = C()
store(c, "slot")
try:
    c.w = 1
except AttributeError as e:
    print("AttributeError: slots")
print(c.v)

# builtin objects reject stores
for target in [1, "s", [], None]:
    try:
        store(target, 1)
    except AttributeError as e:
        print("AttributeError:", e)

# function objects accept attribute stores
def fn():
    pass
store(fn, "on a function")
print(fn.v)

# class objects at the store site
store(A, "class attr")
print(A.v, A().v)
fresh = A()
for i in range(300):
    store(A, i)
print(fresh.v, a.v)

# augmented assignment on attributes at a hot site
class Acc:
    def __init__(self):
        self.total = 0
acc_objs = [Acc(), Acc()]
acc_objs[1].total = 0.0
for i in range(300):
    acc_objs[i % 2].total += i
print([x.total for x in acc_objs])
