# User operator methods on instances: a site that planned its method (the class's
# __sub__ is all the protocol calls) enters it like a call. Covered: results,
# NotImplemented, exceptions and tracebacks inside the method, in-place forms,
# defaults and closures in the method, a reflected method on a subclass, the class
# changing after the site planned, recursion through operators.
import sys


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)

    def __sub__(self, o):
        if isinstance(o, Vec) and o.x is not None:
            return Vec(self.x - o.x, self.y - o.y)
        return NotImplemented

    def __mul__(self, k, scale=1):
        return Vec(self.x * k * scale, self.y * k * scale)

    def __iadd__(self, o):
        self.x += o.x
        self.y += o.y
        return self

    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k)

    def __repr__(self):
        return "Vec(%r, %r)" % (self.x, self.y)


def run(n):
    acc = Vec(0, 0)
    step = Vec(1, 2)
    for i in range(n):
        acc = acc + step
        acc = acc - Vec(0, 1)
        acc += step
        acc = acc * 1
    return acc


print(run(100))
print(run(3))


def sub_loop(a, b, n):
    out = []
    for i in range(n):
        try:
            out.append(a - b)
        except TypeError as e:
            out.append(str(e))
    return out


print(sub_loop(Vec(5, 5), Vec(1, 1), 3))
print(sub_loop(Vec(5, 5), 3, 2))
# The same classes on both sides, the method answering NotImplemented: the TypeError.
print(sub_loop(Vec(5, 5), Vec(None, 1), 2))
print(sub_loop(Vec(5, 5), Vec(1, 1), 1))


# An exception inside the method: the traceback ends at the method's line.
def div_loop(v, ks):
    res = []
    for k in ks:
        try:
            res.append(v / k)
        except ZeroDivisionError as e:
            tb = e.__traceback__
            while tb.tb_next:
                tb = tb.tb_next
            res.append(("ZeroDivisionError", tb.tb_lineno))
    return res


print(div_loop(Vec(4, 8), [1, 2, 0, 4]))


# A closure as the method (its code has free variables).
def make_adder(bias):
    def __add__(self, o):
        return Biased(self.v + o.v + bias)
    return __add__


class Biased:
    def __init__(self, v):
        self.v = v


Biased.__add__ = make_adder(10)


def add_loop(n):
    t = Biased(0)
    for i in range(n):
        t = t + Biased(i)
    return t.v


print(add_loop(50))


# A subclass with a reflected method: Python tries it first.
class Base:
    def __sub__(self, o):
        return "Base.__sub__"


class Derived(Base):
    def __rsub__(self, o):
        return "Derived.__rsub__"


def mixed(pairs):
    return [a - b for a, b in pairs]


b, d = Base(), Derived()
print(mixed([(b, b)] * 3 + [(b, d), (d, b), (d, d)]))


# The class changes after the site planned its method.
class Mut:
    def __add__(self, o):
        return "first"


def add_many(a, b, n):
    return [a + b for i in range(n)]


m = Mut()
print(add_many(m, m, 3))
Mut.__add__ = lambda self, o: "second"
print(add_many(m, m, 3))
Mut.__add__ = lambda self, o, *rest: "third"
print(add_many(m, m, 2))
del Mut.__add__
try:
    add_many(m, m, 1)
except TypeError as e:
    print("TypeError", e)


# Recursion through an operator method hits the recursion limit cleanly.
class Deep:
    def __init__(self, n):
        self.n = n

    def __add__(self, o):
        if self.n == 0:
            return 0
        return Deep(self.n - 1) + o + 1


print(Deep(50) + Deep(0))
sys.setrecursionlimit(200)
try:
    Deep(10000) + Deep(0)
except RecursionError as e:
    print("RecursionError", e)
