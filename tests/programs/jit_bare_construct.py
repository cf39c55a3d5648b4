# Constructions of classes without an __init__ of their own (object.__init__):
# the call template allocates the instance directly. Every way the class can stop
# being "bare" must be seen: __init__ or __new__ added later, arguments given,
# a metaclass, a subclass that adds __init__, __slots__, class attributes.

class Bare:
    kind = "bare"

class Slotted:
    __slots__ = ("a",)

class Base:
    def __init__(self):
        self.tag = "base"

class Child(Base):
    pass

class Meta(type):
    def __call__(cls, *args):
        return ("meta", cls.__name__, args)

class WithMeta(metaclass=Meta):
    pass


def make(cls, n):
    out = []
    for i in range(n):
        out.append(cls())
    return out


for cls in (Bare, Slotted, Child, WithMeta):
    objs = make(cls, 50)
    o = objs[-1]
    print(cls.__name__, type(o).__name__ if not isinstance(o, tuple) else o,
          len({id(x) for x in objs}) == 50 or isinstance(o, tuple))

b = make(Bare, 3)[0]
print(b.kind, hasattr(b, "__dict__"), vars(b))
b.x = 1
print(vars(b))
s = make(Slotted, 3)[0]
try:
    s.b = 2
except AttributeError as e:
    print("AttributeError", e)
print(make(Child, 2)[1].tag)

# Arguments to a bare class: TypeError, in a loop (the site already saw bare calls).
def with_args(cls, n):
    for i in range(n):
        try:
            cls(i)
        except TypeError as e:
            last = str(e)
    return last

make(Bare, 20)
print(with_args(Bare, 20))

# The class changes after the site cached it.
def init(self, *a):
    self.inited = a
Bare.__init__ = init
print(make(Bare, 5)[-1].inited)
del Bare.__init__
o = make(Bare, 5)[-1]
print(hasattr(o, "inited"))

def new(cls):
    return "from __new__"
Bare.__new__ = new
print(make(Bare, 5)[-1])
del Bare.__new__
print(type(make(Bare, 5)[-1]).__name__)

# A base class gains an __init__ afterwards: the subclass sees it.
class Root:
    pass
class Leaf(Root):
    pass
make(Leaf, 30)
Root.__init__ = lambda self: setattr(self, "rooted", True)
print(make(Leaf, 3)[-1].rooted)

# Many constructions (collections run meanwhile); the objects stay distinct.
objs = make(Bare, 20000)
print(len(objs), len(set(map(id, objs))))
