# Method calls on class receivers hit the site's cache in machine code: classmethods
# (function, class), staticmethods and plain functions called through the class
# (NULL, value). Rebinding them, a metaclass, and a subclass at the same site must
# each find the right callable.

class Strength:
    weight = 3
    @staticmethod
    def stronger(a, b):
        return a > b
    @classmethod
    def make(cls, v):
        return (cls.__name__, v)
    def plain(self):
        return "plain"

class Weak(Strength):
    @classmethod
    def make(cls, v):
        return ("weak", v)

class Meta(type):
    def make(cls, v):
        return ("meta", v)

class WithMeta(metaclass=Meta):
    pass

def call_all(cls, i):
    return (cls.stronger(i, 50), cls.make(i), cls.plain(None))

def meta_call(cls, i):
    return cls.make(i)

out = []
for i in range(300):
    out.append(call_all(Strength if i % 4 else Weak, i))
    out.append(meta_call(WithMeta if i % 2 else Strength, i))
    if i == 150:
        Strength.stronger = staticmethod(lambda a, b: "rebound")
    if i == 200:
        Strength.make = classmethod(lambda cls, v: ("new", cls.__name__))
    if i == 250:
        del Weak.make
    if i == 260:
        Strength.plain = lambda self: "replaced"
for k in (0, 1, 2, 300, 302, 303, 400, 402, 403, 500, 502, 503, 520, 522, 523, 598, 599):
    print(k, out[k])
print(object.__new__(Strength).weight)
