class A:
    def __init__(self, v): self.v = v
class B:
    def __init__(self, v):
        self.pad = 0
        self.v = v
class C:
    v = "class attr"
class D:
    @property
    def v(self): return "prop"
def get(o):
    return o.v
objs = [A(1), B(2), C(), D()]
r = []
for i in range(400):
    r.append(get(objs[i % 4]))
print(r[:8], len(r))
c = C()
c.v = "instance now"
print(get(c), get(C()))
def setv(o, x):
    o.v = x
for i in range(100):
    setv(objs[i % 2], i)
print(objs[0].v, objs[1].v)
