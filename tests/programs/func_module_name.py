# A function's __module__ is its globals' __name__ when it is made; making many
# functions from one code object reads it through a cache that must see changes.
def make():
    def inner():
        pass
    return [lambda: i for i in range(3)] + [inner]


def modules(objs):
    return [o.__module__ for o in objs]


for i in range(20):
    fs = make()
print(modules(fs))
__name__ = "renamed"
print(modules(make()))
f_before = make()[0]
globals()["extra"] = 1      # the dict grows: the entry may move
for i in range(100):
    globals()["pad%d" % i] = i
print(make()[0].__module__, f_before.__module__)
del globals()["__name__"]
try:
    print(make()[0].__module__)
except Exception as e:
    print(type(e).__name__, e)
__name__ = "back"
print(make()[1].__module__)

src = compile("def f():\n    return lambda: 0\n", "m", "exec")
ns1 = {"__name__": "one"}
ns2 = {"pad": 0, "__name__": "two"}
exec(src, ns1)
exec(src, ns2)
print(ns1["f"]().__module__, ns2["f"]().__module__, ns1["f"]().__module__)
ns3 = {}
exec(src, ns3)
print(ns3["f"]().__module__)
