# deleting instance attributes at warmed sites
class Rec:
    def __init__(self):
        self.a = 1
        self.b = 2
        self.c = 3

def read_b(r):
    return r.b

recs = [Rec() for _ in range(4)]
t = 0
for i in range(300):
    t += read_b(recs[i % 4])
print("warm", t)

del recs[1].b
out = []
for i in range(8):
    try:
        out.append(read_b(recs[i % 4]))
    except AttributeError as e:
        out.append("missing")
print(out)
print(sorted(recs[1].__dict__.items()))

recs[1].b = "back"
print([read_b(r) for r in recs])
print(list(recs[1].__dict__))   # insertion order after delete and re-add

# delete and re-add in a loop
r = Rec()
hist = {}
for i in range(300):
    if i % 2 == 0:
        del r.a
        try:
            r.a
        except AttributeError:
            hist["err"] = hist.get("err", 0) + 1
        r.a = i
    else:
        hist["ok"] = hist.get("ok", 0) + 1
    v = r.a
print(hist, v, list(r.__dict__))

# deleting a missing attribute
try:
    del r.zzz
except AttributeError as e:
    print("AttributeError:", e)

# delattr, and deleting every attribute
for name in ["a", "b", "c"]:
    delattr(recs[0], name)
print(recs[0].__dict__)
recs[0].c = "c first now"
recs[0].a = "a second"
print(recs[0].__dict__)

# class attribute visible after instance attribute deleted
class WithDefault:
    b = "class b"
    def __init__(self):
        self.b = "instance b"

w = WithDefault()
seq = []
for i in range(300):
    if i == 100:
        del w.b
    if i == 200:
        w.b = "instance again"
    seq.append(read_b(w))
print(seq[99], seq[100], seq[199], seq[200])
