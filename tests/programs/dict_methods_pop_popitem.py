# pop / popitem / del / clear.
d = {"a": 1, "b": 2, "c": 3, "d": 4}
print(d.pop("b"), d)
print(d.pop("zz", "default"), d.pop("zz", None))
print(d.popitem(), d)
print(d.popitem(), d)
d["e"] = 5
print(d.popitem(), d)
try:
    d.pop("nope")
except KeyError as e:
    print("KeyError", e)
d.clear()
print(d, len(d))
try:
    d.popitem()
except KeyError as e:
    print("KeyError", e)
stack = {i: i * i for i in range(5)}
while stack:
    k, v = stack.popitem()
    print(k, v, len(stack))
