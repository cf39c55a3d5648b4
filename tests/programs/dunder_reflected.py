class A:
    def __add__(self, o): return "A.add"
    def __radd__(self, o): return "A.radd"
class B(A):
    def __radd__(self, o): return "B.radd"
class C:
    def __radd__(self, o): return "C.radd"
    def __rsub__(self, o): return NotImplemented
print(A() + A(), A() + B(), B() + A(), 1 + A(), A() + C(), 5 + C())
try:
    5 - C()
except TypeError as e:
    print("TypeError:", e)
class N:
    def __init__(self, v): self.v = v
    def __add__(self, o):
        return N(self.v + (o.v if isinstance(o, N) else o))
    __radd__ = __add__
    def __repr__(self): return f"N{self.v}"
print(N(1) + 2, 2 + N(1), N(1) + N(2), sum([N(1), N(2), N(3)]))
class M(N):
    def __radd__(self, o): return "M first"
print(N(1) + M(2))
