# `C.method(...)` for a classmethod passes the class as the first argument without a
# bound-method object; the call site's cache follows rebinding and subclasses.


class Strength:
    @classmethod
    def stronger(cls, a, b):
        return (cls.__name__, a > b)

    @staticmethod
    def plain(a):
        return ("static", a)

    def method(self):
        return "method"


class Sub(Strength):
    pass


def use(c, n):
    return [c.stronger(i, 1) for i in range(n)] + [c.plain(n)]


print(use(Strength, 3), use(Sub, 2))
print(Strength.method(Strength()))
Strength.stronger = classmethod(lambda cls, a, b: ("patched", cls.__name__))
print(use(Strength, 2), use(Sub, 1))
Sub.stronger = staticmethod(lambda a, b: ("sub static", a, b))
print(use(Sub, 2), use(Strength, 1))


class Dunder:
    @classmethod
    def __custom__(cls):
        return cls.__name__


print([Dunder.__custom__() for _ in range(2)])
bm = Strength.stronger
print(type(bm).__name__, bm(5, 1))
try:
    Strength.stronger(1)
except TypeError as e:
    print("TypeError", e)
