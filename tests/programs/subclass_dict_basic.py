# A dict subclass without overrides behaves like a dict.
class D(dict):
    pass

d = D()
d["a"] = 1
d["b"] = 2
print(d, type(d).__name__, len(d), d["a"], d.get("c"), "a" in d, list(d))
print(D(x=1, y=2), D([("k", "v")]), D({1: 2}, z=3), dict(D(q=1)))
d.update(c=3)
del d["a"]
print(d, d.pop("b"), d.setdefault("e", 5), d, sorted(d.items()), list(d.values()))
print(d == {"c": 3, "e": 5}, {"c": 3, "e": 5} == d, d != {}, isinstance(d, dict), issubclass(D, dict))
print(type(d.copy()).__name__, type(d | {"f": 6}).__name__, d | {"f": 6})
d |= {"g": 7}
print(d, type(d).__name__)
for k, v in d.items():
    print(k, v)
try:
    d["missing"]
except KeyError as e:
    print("KeyError", e)
try:
    hash(D())
except TypeError as e:
    print("TypeError", e)
d.tag = "t"
print(d.tag, d.__dict__, "tag" in d)
print(repr(D()), str(D(a=[1])), D.fromkeys("ab", 0), type(D.fromkeys("ab")).__name__)
print(bool(D()), bool(D(a=1)), {**D(a=1), "b": 2})
def f(**kw):
    return kw
print(f(**D(p=1, q=2)))
