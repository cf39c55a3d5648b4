class C:
    def __init__(self, v): self.v = v
    def get(self): return self.v
    def add(self, n): return self.v + n
c = C(3)
m = c.get
print(m(), m.__self__ is c, m.__func__ is C.get, m.__name__)
f = c.add
print(f(4), list(map(c.add, [1, 2])))
print(C.get(C(9)), C.add(c, 1))
print(c.get == c.get, c.get == C(3).get)
methods = [C(i).get for i in range(5)]
print([mm() for mm in methods])
print(repr(C.get).startswith("<function C.get at"))
print(repr(c.get).startswith("<bound method C.get of <__main__.C object at"))
