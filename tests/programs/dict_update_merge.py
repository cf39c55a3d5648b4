# update and the | and |= merge operators.
a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
c = a | b
print(c, a, b)
print(b | a, a | {}, {} | a)
a |= {"w": 0, "x": -1}
print(a)
a.update(b)
print(a)
a.update([("p", 1), ("q", 2)])
print(a)
a.update(r=3, x=100)
print(a)
a.update({})
print(a)
try:
    a | [("k", "v")]
except TypeError as e:
    print("TypeError", e)
base = {"debug": False, "level": 1, "name": "default"}
override = {"level": 3}
cfg = base.copy()
cfg.update(override)
print(cfg, base)
