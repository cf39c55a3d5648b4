# A Call site that prepared a construction remembers the class's __init__ under the
# class's version (a plan), and later constructions of that class use it. Every
# change of the class or its bases must be seen; a construction whose frame push
# declines (recursion limit) still completes or raises like CPython.
import sys


class P:
    def __init__(self, x, y=2):
        self.x = x
        self.y = y


def make(cls, n, *extra):
    out = None
    for i in range(n):
        out = cls(i, *extra) if extra else cls(i)
    return out


p = make(P, 300)
print(p.x, p.y)

# __init__ replaced (the class's version changes).
def init2(self, x, y=5):
    self.x = -x
    self.y = y
P.__init__ = init2
p = make(P, 50)
print(p.x, p.y)

# A base's __init__ seen through a subclass, then the base changes.
class Base:
    def __init__(self, x):
        self.tag = ("base", x)


class Sub(Base):
    pass


print(make(Sub, 100).tag)
Base.__init__ = lambda self, x: setattr(self, "tag", ("lambda", x))
print(make(Sub, 10).tag)
Sub.__init__ = lambda self, x: setattr(self, "tag", ("sub", x))
print(make(Sub, 10).tag)

# __init__ becomes something other than a plain function.
class Q:
    def __init__(self, x):
        self.x = x


make(Q, 100)


Q.__init__ = staticmethod(lambda *a: None)
q = make(Q, 5)
print(hasattr(q, "x"))
del Q.__init__
try:
    make(Q, 3)
except TypeError as e:
    print("TypeError", e)

# __init__ returning something other than None.
class R:
    def __init__(self, x):
        self.x = x
        return self.ret


R.ret = None
make(R, 100)
R.ret = 1
try:
    make(R, 3)
except TypeError as e:
    print("TypeError", e)

# Constructions nested to the recursion limit: the frame push declines, the
# construction still raises RecursionError.
class Node:
    def __init__(self, depth):
        self.child = Node(depth - 1) if depth else None


def depth_of(n):
    d = 0
    while n.child is not None:
        n = n.child
        d += 1
    return d


for i in range(50):
    t = Node(20)
print(depth_of(t))
sys.setrecursionlimit(300)
try:
    Node(1000)
except RecursionError as e:
    print("RecursionError", e)
print(depth_of(Node(100)))

# One site constructing classes whose __init__ take different arguments: a plan the
# site holds for a class whose __init__ needs more arguments still raises CPython's
# TypeError (the frame push declines; the marked construction completes generically).
class NoArgs:
    def __init__(self):
        self.ok = True


class NeedsOne:
    def __init__(self, x):
        self.x = x


def build_all(classes):
    out = []
    for cls in classes:
        try:
            out.append(type(cls()).__name__)
        except TypeError as e:
            out.append(str(e))
    return out


for i in range(60):
    r = build_all([NoArgs, NeedsOne])
print(r)
