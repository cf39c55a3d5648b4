# attribute sites and descriptors added or removed at run time
class Temp:
    def __init__(self, c):
        self.c = c

def read_f(o):
    return o.f

t = Temp(100)
t.f = "instance f"
out = []
for i in range(300):
    out.append(read_f(t))
print(out[-1])

# a data descriptor (property) on the class takes precedence over the instance dict
Temp.f = property(lambda self: self.c * 9 / 5 + 32)
print(read_f(t), t.__dict__["f"])
# a non-data descriptor (plain function) does not
Temp.f = lambda self: "method"
print(read_f(t))
del t.f
print(read_f(t)())
del Temp.f
try:
    read_f(t)
except AttributeError as e:
    print("AttributeError:", e)

# property with setter and deleter, used in hot loops
class Celsius:
    def __init__(self):
        self._c = 0
        self.log = []
    @property
    def c(self):
        return self._c
    @c.setter
    def c(self, v):
        if v < -273:
            raise ValueError("too cold")
        self._c = v
    @c.deleter
    def c(self):
        self.log.append("deleted")
        self._c = None

x = Celsius()
for i in range(300):
    x.c = x.c + 1
print(x.c)
try:
    x.c = -300
except ValueError as e:
    print("ValueError:", e)
del x.c
print(x.c, x.log)

# read-only property
class RO:
    @property
    def p(self):
        return 1
r = RO()
try:
    r.p = 2
except AttributeError as e:
    print("AttributeError:", e)

# user-defined descriptor classes
class Typed:
    def __init__(self, name, kind):
        self.name = "_" + name
        self.kind = kind
    def __get__(self, obj, owner):
        if obj is None:
            return self
        return getattr(obj, self.name, None)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError("%s must be %s" % (self.name[1:], self.kind.__name__))
        setattr(obj, self.name, value)

class Person:
    name = Typed("name", str)
    age = Typed("age", int)

p = Person()
p.name = "ann"
p.age = 30
print(p.name, p.age, type(Person.name).__name__)
try:
    p.age = "old"
except TypeError as e:
    print("TypeError:", e)
ages = 0
for i in range(300):
    p.age = i
    ages += p.age
print(ages)

# __getattr__ fallback only for missing attributes
class Fallback:
    present = "here"
    def __getattr__(self, name):
        return "fallback:" + name

fb = Fallback()
seen = []
for i in range(300):
    if i == 100:
        fb.dynamic = "set now"
    if i == 200:
        del fb.dynamic
    seen.append(fb.dynamic)
print(seen[99], seen[100], seen[199], seen[200], fb.present)

# __getattribute__ intercepts everything
class Spy:
    def __init__(self):
        self.real = 1
    def __getattribute__(self, name):
        if name == "real":
            return "spied"
        return object.__getattribute__(self, name)

s = Spy()
print([read_f(s) if False else s.real for _ in range(3)])
