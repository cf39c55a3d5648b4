# dict subclasses: __missing__ (what defaultdict/Counter rely on) and overrides.
class Default(dict):
    def __init__(self, factory, *args, **kw):
        super().__init__(*args, **kw)
        self.factory = factory

    def __missing__(self, key):
        v = self[key] = self.factory()
        return v

g = Default(list)
for k, v in [("a", 1), ("b", 2), ("a", 3)]:
    g[k].append(v)
print(g, g.get("zz"), "zz" in g, len(g))
print(g["new"], g)

class Zero(dict):
    def __missing__(self, key):
        return 0

z = Zero(a=1)
z["b"] += 5
print(z, z["nothing"], z, dict.__getitem__(z, "a"))
try:
    dict.get(z, "q"), z.pop("q")
except KeyError as e:
    print("KeyError", e)

class Lower(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)
    def __getitem__(self, k):
        return super().__getitem__(k.lower())
    def __contains__(self, k):
        return super().__contains__(k.lower())
    def __delitem__(self, k):
        super().__delitem__(k.lower())

lw = Lower()
lw["ABC"] = 1
lw["Def"] = 2
print(lw, lw["abc"], lw["ABC"], "DEF" in lw, "xyz" in lw)
del lw["ABC"]
print(lw)
# dict.__init__/update bypass the overridden __setitem__, as in CPython
lw2 = Lower({"QQ": 1})
lw2.update({"RR": 2})
print(lw2)

class Attr(dict):
    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name)
    def __setattr__(self, name, value):
        self[name] = value

a = Attr(x=1)
a.y = 2
print(a, a.x, a.y, hasattr(a, "zz"))

class Repr(dict):
    def __repr__(self):
        return "Repr" + super().__repr__()
    def __len__(self):
        return 99
print(Repr(a=1), len(Repr()), bool(Repr()), [Repr()])
