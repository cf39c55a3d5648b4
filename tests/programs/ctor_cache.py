# Constructor calls of plain classes are cached per class version: patching
# __init__ or __new__ on the class or on a base must take effect at once.


class Base:
    def __init__(self, x):
        self.x = x


class Child(Base):
    pass


def make(cls, n):
    return [cls(i).x for i in range(n)]


print(make(Child, 3))


def init2(self, x):
    self.x = x * 10


Base.__init__ = init2
print(make(Child, 3))


def init3(self, x):
    self.x = -x


Child.__init__ = init3
print(make(Child, 3), make(Base, 2))
del Child.__init__
print(make(Child, 3))


class Tagged:
    pass


def new(cls, *args):
    obj = object.__new__(cls)
    obj.tag = "new"
    return obj


Base.__new__ = new
c = Child(5)
print(c.x, c.tag)

# (Deleting __new__ again is left out: CPython 3.11 then keeps a slot wrapper that
# rejects the arguments, a quirk Kiln does not copy.)
class Fresh:
    def __init__(self, x):
        self.x = x


print(make(Fresh, 2))


def init_defaults(self, x, y=2):
    self.x = x + y


Base.__init__ = init_defaults
print(make(Child, 3))


def bad_init(self, x):
    return 1


Base.__init__ = bad_init
try:
    Child(1)
except TypeError as e:
    print("TypeError", e)
