# Class attributes read through instances (cached per class version and shape as the
# value itself when no descriptor applies), properties and __getattr__ through the
# full lookup: rebinding, shadowing by an instance attribute, base-class changes,
# deletion, descriptors that must not be cached, and a raising property's traceback.


class Getter(list):
    def __get__(self, obj, owner):
        return "descriptor!"


class Base:
    LIMIT = 10
    NAME = "base"
    EMPTY = ()
    TINY = 5e-324


class K(Base):
    ITEMS = [1, 2]
    DESC = Getter()

    def __init__(self):
        self.x = 1

    @property
    def p(self):
        return self.x * 2

    @property
    def bad(self):
        return {}["nope"]

    def method(self):
        return "m"

    @staticmethod
    def st():
        return "static"


class Dyn:
    def __getattr__(self, name):
        return "dyn-" + name


def read(k):
    return (k.LIMIT, k.NAME, k.EMPTY, k.TINY, k.ITEMS, k.DESC, k.p, k.method(), k.st())


k = K()
for _ in range(3):
    print(read(k))
K.LIMIT = 11
Base.NAME = "changed"
print(read(k))
k.LIMIT = "mine"          # shadows the class attribute for this instance only
print(read(k), read(K())[0])
del k.LIMIT
print(read(k)[0])
K.ITEMS.append(3)
print(read(k)[4])
del Base.EMPTY
try:
    read(k)
except AttributeError as e:
    print("AttributeError:", e)
Base.EMPTY = (0,)
print([read(o)[2] for o in (k, K(), K())])
d = Dyn()
print([d.anything for _ in range(2)], d.other)
print([getattr(o, "LIMIT", None) for o in (k, d, 3)])
k.bad
