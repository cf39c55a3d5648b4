# Binary operators on instances: a site caches the operator method it called under
# the two operand classes' versions. Every rule of the protocol must still hold when
# classes change after the cache is warm.


class V:
    def __init__(self, x):
        self.x = x

    def __sub__(self, o):
        if isinstance(o, V):
            return V(self.x - o.x)
        if isinstance(o, (int, float)):
            return V(self.x - o)
        return NotImplemented

    def __repr__(self):
        return f"V({self.x})"


class W(V):
    pass


def sub(a, b):
    return a - b


def isub(a, b):
    a -= b
    return a


def show(f, a, b):
    try:
        return repr(f(a, b))
    except TypeError as e:
        return f"TypeError: {e}"


def rounds(label):
    out = []
    for _ in range(4):
        out = [
            show(sub, V(5), V(2)),
            show(sub, V(5), 1.5),
            show(sub, V(5), "s"),
            show(sub, V(5), W(1)),
            show(sub, W(5), V(1)),
            show(isub, V(5), V(2)),
            show(isub, V(5), "s"),
        ]
    print(label, out)


rounds("start")
V.__sub__ = lambda self, o: "replaced"
rounds("replaced")
del V.__sub__
rounds("deleted")
V.__sub__ = lambda self, o: NotImplemented
W.__rsub__ = lambda self, o: f"W.__rsub__({o!r})"
rounds("subclass reflected")
del W.__rsub__
V.__isub__ = lambda self, o: "isub"
V.__sub__ = lambda self, o: "sub"
rounds("inplace method")


class P:
    def __sub__(self, o):
        return "P.__sub__" if isinstance(o, P) else NotImplemented


class Q(P):
    pass


class R:
    pass


def right_side():
    return [show(sub, P(), Q()), show(sub, P(), R())]


for _ in range(3):
    print(right_side())
Q.__rsub__ = lambda self, o: "Q.__rsub__"
R.__rsub__ = lambda self, o: "R.__rsub__"
print(right_side())


class Base:
    def __add__(self, o):
        return "Base.__add__"


class Derived(Base):
    pass


def add(a, b):
    return a + b


for _ in range(3):
    print(add(Derived(), Derived()), add(Derived(), 1))
Base.__add__ = lambda self, o: "patched base"
print(add(Derived(), Derived()), add(Derived(), 1))


class L(list):
    def __radd__(self, o):
        return "L.__radd__"


class A:
    def __add__(self, o):
        return NotImplemented


for _ in range(3):
    print(show(add, A(), L()), show(add, A(), [1]))


class Boom:
    def __mul__(self, o):
        raise ValueError(f"boom {o}")


def mul(a, b):
    return a * b


for i in range(3):
    try:
        mul(Boom(), i)
    except ValueError as e:
        print("ValueError", e)


class Callable:
    def __call__(self, a, b):
        return "callable"


class C:
    __truediv__ = Callable()


for _ in range(3):
    try:
        print(C() / 1)
    except TypeError as e:
        print("TypeError:", e)
mul(Boom(), 9)
