class O: pass
o = O()
o.a = 1
d = o.__dict__
o.b = 2
print(d, o.__dict__ is d)
d["c"] = 3
print(o.c)
o.__dict__.update(x=9)
print(o.x, sorted(o.__dict__))
o.__dict__ = {"fresh": True}
print(o.fresh, hasattr(o, "a"))
p = O()
p.a = 5
vars(p)["a"] = 6
print(p.a)
for i in range(200):
    o.fresh = i
print(o.fresh)
