class C:
    x = 1
    def m(self):
        return "m1"
a, b = C(), C()
b.x = 5
print(a.x, b.x, C.x)
C.x = 2
print(a.x, b.x)
C.m = lambda self: "m2"
print(a.m(), b.m())
a.m = lambda: "instance"
print(a.m(), b.m())
del a.m
print(a.m())
class D(C): pass
d = D()
print(d.x, d.m())
C.x = 3
C.m = lambda self: "m3"
print(d.x, d.m())
D.x = 4
print(d.x, C.x)
del D.x
print(d.x)
def extra(self, n):
    return n + self.x
C.extra = extra
print(d.extra(10), a.extra(1))
try:
    del C.nothing
except AttributeError as e:
    print("AttributeError:", e)
try:
    int.foo = 1
except TypeError as e:
    print("TypeError:", e)
for i in range(300):
    if i == 200:
        C.m = lambda self: "late"
    r = d.m()
print(r)
