# Branches on values of every kind (floats, containers, objects with __bool__ or
# __len__, big ints) and a __bool__ that raises: the same successor in every tier.
class B:
    def __init__(self, v): self.v = v
    def __bool__(self): return self.v
class L:
    def __len__(self): return 0
class Bad:
    def __bool__(self): return "x"
def f(xs):
    out = []
    for x in xs:
        if x:
            out.append("T")
        else:
            out.append("F")
        out.append(x and "a" or "b")
        out.append(not x)
        while x:
            out.append("w")
            break
    return out
vals = [0.0, 1.5, -0.0, float("nan"), "", "s", [], [1], (), B(True), B(False), L(), 2**70, None, 0, 3]
for _ in range(3):
    print(f(vals))
try:
    f([Bad()])
except TypeError as e:
    print("TypeError", e)
