class O:
    def __init__(self):
        self.a = 1
        self.b = 2
o = O()
d = o.__dict__
print(sorted(d.items()))
d["c"] = 3
print(o.c)
o.e = 5
print(sorted(o.__dict__), o.__dict__ is d)
del d["a"]
print(hasattr(o, "a"))
print(vars(o) is d)
print(type(O.__dict__).__name__, "__init__" in O.__dict__, O.__dict__["__module__"])
try:
    O.__dict__["z"] = 1
except TypeError as e:
    print("TypeError:", e)
