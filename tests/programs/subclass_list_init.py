# Construction: __init__ overrides, super().__init__, __new__, extra arguments.
class Named(list):
    def __init__(self, name, items=()):
        super().__init__(items)
        self.name = name

n = Named("evens", range(0, 10, 2))
print(n, n.name, len(n))

class Upper(list):
    def __init__(self, items):
        list.__init__(self, [str(x).upper() for x in items])

print(Upper("abc"), Upper(["x", 1]))

class NoInit(list):
    def __init__(self):
        pass

print(NoInit(), len(NoInit()))

class Reinit(list):
    pass

r = Reinit([1, 2])
r.__init__([3])
print(r)
list.__init__(r, "zz")
print(r)

class WithNew(list):
    def __new__(cls, *args):
        obj = super().__new__(cls)
        obj.created = True
        return obj

w = WithNew([7, 8])
print(w, w.created, type(w).__name__)

class Factory(list):
    @classmethod
    def build(cls, n):
        return cls(range(n))

print(Factory.build(3), type(Factory.build(0)).__name__)

try:
    Named()
except TypeError as e:
    print("TypeError", e)
try:
    Reinit(1, 2)
except TypeError as e:
    print("TypeError", e)
try:
    Reinit(5)
except TypeError as e:
    print("TypeError", e)
print(list.__new__(Reinit), type(list.__new__(Reinit)).__name__)
