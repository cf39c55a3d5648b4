class R: pass
r = R()
r.a = 1; r.b = 2; r.c = 3
del r.b
print(r.a, r.c, hasattr(r, "b"), sorted(vars(r)))
r.b = 22
print(r.a, r.b, r.c, list(vars(r)))
del r.a
del r.c
print(list(vars(r)), r.b)
try:
    del r.a
except AttributeError as e:
    print("AttributeError:", e)
s = R()
s.a = 1; s.b = 2; s.c = 3
del s.b
print(s.a, s.c)
for i in range(100):
    s.t = i
    del s.t
print(hasattr(s, "t"), s.a)
