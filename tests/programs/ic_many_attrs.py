# objects with many (>40) attributes
class Wide:
    def __init__(self, n):
        for i in range(n):
            setattr(self, "f%02d" % i, i * i)

w = Wide(60)
print(len(w.__dict__), w.f00, w.f41, w.f59)

def read_some(o):
    return o.f00 + o.f10 + o.f39 + o.f40 + o.f45 + o.f59

t = 0
for i in range(300):
    t += read_some(w)
print("sum", t)

# explicit assignments in __init__
class Explicit:
    def __init__(self):
        self.a0 = 0; self.a1 = 1; self.a2 = 2; self.a3 = 3; self.a4 = 4
        self.a5 = 5; self.a6 = 6; self.a7 = 7; self.a8 = 8; self.a9 = 9
        self.b0 = 10; self.b1 = 11; self.b2 = 12; self.b3 = 13; self.b4 = 14
        self.b5 = 15; self.b6 = 16; self.b7 = 17; self.b8 = 18; self.b9 = 19
        self.c0 = 20; self.c1 = 21; self.c2 = 22; self.c3 = 23; self.c4 = 24
        self.c5 = 25; self.c6 = 26; self.c7 = 27; self.c8 = 28; self.c9 = 29
        self.d0 = 30; self.d1 = 31; self.d2 = 32; self.d3 = 33; self.d4 = 34
        self.d5 = 35; self.d6 = 36; self.d7 = 37; self.d8 = 38; self.d9 = 39
        self.e0 = 40; self.e1 = 41; self.e2 = 42; self.e3 = 43; self.e4 = 44
        self.e5 = 45; self.e6 = 46; self.e7 = 47; self.e8 = 48; self.e9 = 49

objs = [Explicit() for _ in range(5)]
acc = 0
for i in range(300):
    o = objs[i % 5]
    acc += o.a0 + o.b5 + o.c9 + o.d3 + o.e9
    o.e9 += 1
print(acc, [o.e9 for o in objs])

# growing one object past 40 attributes while a site is hot
g = Wide(0)
g.f00 = "start"
trace = []
for i in range(1, 300):
    if i < 80:
        setattr(g, "f%02d" % i, i)
    trace.append(g.f00)
    if i % 20 == 0:
        trace.append(len(g.__dict__))
print(trace[:3], [x for x in trace if isinstance(x, int)])

# deleting from the middle of a wide object
for i in range(0, 60, 3):
    delattr(w, "f%02d" % i)
print(len(w.__dict__), list(w.__dict__)[:6])
print(hasattr(w, "f03"), hasattr(w, "f04"), w.f59)
try:
    read_some(w)
except AttributeError as e:
    print("AttributeError:", e)
w.f00 = "x"
print(list(w.__dict__)[-1])

# vars() and sorted attribute names on a wide object
names = sorted(vars(Wide(45)))
print(names[:3], names[-3:], len(names))
total = sum(getattr(Wide(45), n) for n in names)
print(total)
