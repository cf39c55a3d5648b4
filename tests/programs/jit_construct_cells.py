# Constructions whose __init__ has cells (zero-argument super() uses __class__; a class
# made inside a function closes over its locals) are prepared and entered by the JIT's
# call template like plain ones: cells, defaults, errors and results as CPython.

class Base:
    def __init__(self, a, b=10):
        self.a = a
        self.b = b

class Mid(Base):
    def __init__(self, a, b=20):
        super().__init__(a, b)
        self.mid = True

class Leaf(Mid):
    def __init__(self, a):
        super().__init__(a * 2)
        self.leaf = a

def make_class(scale):
    class Scaled:
        def __init__(self, x):
            self.x = x * scale
            self.f = lambda: self.x + scale
    return Scaled

class Bad(Base):
    def __init__(self, a):
        super().__init__(a)
        return 5

class Fails(Base):
    def __init__(self, a):
        super().__init__(a)
        if a == 3:
            raise ValueError("three")

def build(n):
    S = make_class(3)
    out = []
    for i in range(n):
        m, l, s = Mid(i), Leaf(i), S(i)
        out.append((m.a, m.b, m.mid, l.a, l.b, l.leaf, s.x, s.f()))
        try:
            Fails(i % 5)
        except ValueError as e:
            out.append(str(e))
    return out

r = build(300)
print(len(r), r[:3], r[-3:])
try:
    Bad(1)
except TypeError as e:
    print("TypeError:", e)
print(sum(Leaf(i).b for i in range(200)))
