class Lazy:
    def __init__(self):
        self.real = 1
    def __getattr__(self, name):
        if name.startswith("x"):
            return name.upper()
        raise AttributeError(f"no {name}")
l = Lazy()
print(l.real, l.xyz, getattr(l, "xa"), hasattr(l, "nope"), getattr(l, "nope", "dflt"))
try:
    l.nope
except AttributeError as e:
    print("AttributeError:", e)
class Rec:
    def __init__(self):
        object.__setattr__(self, "log", [])
    def __setattr__(self, name, v):
        self.log.append(name)
        object.__setattr__(self, name, v * 2)
    def __delattr__(self, name):
        self.log.append("del " + name)
        object.__delattr__(self, name)
r = Rec()
r.a = 5
r.b = "s"
print(r.a, r.b, r.log)
del r.a
print(r.log, hasattr(r, "a"))
class G:
    def __getattribute__(self, name):
        if name == "magic":
            return 42
        return object.__getattribute__(self, name)
g = G()
g.y = 3
print(g.magic, g.y)
try:
    g.zz
except AttributeError as e:
    print("AttributeError:", e)
