# Keyword arguments and **kwargs.
def info(**kwargs):
    return kwargs
print(info(), info(a=1), info(b=2, a=1, c=[3]))
def report(title, **fields):
    parts = [title]
    for k, v in fields.items():
        parts.append(f"{k}={v}")
    return " ".join(parts)
print(report("user", name="ann", age=30, admin=False))
opts = {"sep": "-", "end": "!\n"}
print("a", "b", "c", **opts)
def point(x, y, z=0):
    return (x, y, z)
print(point(**{"x": 1, "y": 2}), point(1, **{"z": 5, "y": 0}), point(*[7, 8], **{"z": 9}))
def passthrough(*args, **kwargs):
    return point(*args, **kwargs)
print(passthrough(1, 2), passthrough(y=3, x=4), passthrough(5, z=6, y=7))
def merge(**kw):
    kw["added"] = True
    return kw
base = {"k": 1}
print(merge(**base), base)
try:
    point(1, 2, x=3)
except TypeError as e:
    print("TypeError", e)
try:
    point(**{"x": 1, "y": 2, "w": 3})
except TypeError as e:
    print("TypeError", e)
