# del on dict entries and KeyError paths.
d = {"a": 1, "b": 2, (1, 2): "t", 3: "three"}
del d["a"]
print(d)
del d[(1, 2)]
print(d)
try:
    del d["a"]
except KeyError as e:
    print("KeyError", e, repr(e), e.args)
try:
    print(d["missing"])
except KeyError as e:
    print("KeyError", e)
try:
    print(d[42])
except KeyError as e:
    print("KeyError", e)
try:
    print(d[(9, 9)])
except KeyError as e:
    print("KeyError", e, e.args)
try:
    print({}[""])
except KeyError as e:
    print("KeyError", e)
try:
    d[[1]] = 2
except TypeError as e:
    print("TypeError", e)
try:
    print(d[{}])
except TypeError as e:
    print("TypeError", e)
try:
    {1: 2}[None]
except LookupError as e:
    print(type(e).__name__, e)
print(d)
