# obj.__dict__ reads and writes interacting with attribute sites
class P:
    def __init__(self):
        self.x = 1

def gx(o):
    return o.x

p = P()
q = P()
t = 0
for i in range(300):
    t += gx(p if i % 2 else q)
print("warm", t)

p.__dict__["x"] = 100
print(gx(p), gx(q))
p.__dict__["y"] = "via dict"
print(p.y)
del p.__dict__["x"]
try:
    gx(p)
except AttributeError as e:
    print("AttributeError:", e)
p.__dict__.update({"x": 5, "z": 6})
print(gx(p), p.z, sorted(p.__dict__))

# writes through the dict in a hot loop
vals = []
for i in range(300):
    p.__dict__["x"] = i
    vals.append(gx(p))
print(vals[:3], vals[-3:])

# replacing __dict__ wholesale
p.__dict__ = {"x": "new dict", "w": 1}
print(gx(p), p.w, hasattr(p, "z"))
for i in range(200):
    r = gx(p)
print(r)

# instance dict is the same object between reads
d1 = q.__dict__
d2 = q.__dict__
print(d1 is d2, d1)
q.new_attr = 3
print(d1)

# dict methods on __dict__
q.__dict__.clear()
print(q.__dict__, hasattr(q, "x"))
q.__dict__.setdefault("x", "default")
print(gx(q))
print(q.__dict__.pop("x"), q.__dict__)

# class __dict__ is a read-only mappingproxy
print(type(P.__dict__).__name__, "__init__" in P.__dict__)
try:
    P.__dict__["x"] = 1
except TypeError as e:
    print("TypeError:", e)

# vars() returns the same dict
r = P()
vars(r)["x"] = "vars write"
print(gx(r))

# non-string keys in the instance dict are allowed but not attributes
r.__dict__[1] = "int key"
print(sorted(r.__dict__.items(), key=str))
