class Single:
    _inst = None
    def __new__(cls, *args):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
    def __init__(self, v):
        self.v = v
a = Single(1)
b = Single(2)
print(a is b, a.v)
class Weird:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never")
print(Weird())
class NoArgs: pass
try:
    NoArgs(1)
except TypeError as e:
    print("TypeError:", e)
class BadInit:
    def __init__(self):
        return 5
try:
    BadInit()
except TypeError as e:
    print("TypeError:", e)
class Kw:
    def __init__(self, a, b=2, *, c=3):
        self.t = (a, b, c)
print(Kw(1).t, Kw(1, c=9).t, Kw(b=5, a=0).t)
try:
    Kw()
except TypeError as e:
    print("TypeError:", e)
o = object.__new__(NoArgs)
print(type(o).__name__)
try:
    object().x = 1
except AttributeError as e:
    print("AttributeError:", e)
