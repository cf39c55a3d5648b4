# subscript sites seeing many container types
class Grid:
    def __init__(self):
        self.cells = {}
    def __getitem__(self, key):
        return self.cells.get(key, ".")
    def __setitem__(self, key, val):
        self.cells[key] = val
    def __delitem__(self, key):
        del self.cells[key]

class Seq:
    def __getitem__(self, i):
        if isinstance(i, slice):
            return ("slice", i.start, i.stop, i.step)
        return i * 100

def get(c, k):
    return c[k]        # the site

def put(c, k, v):
    c[k] = v

lst = list(range(10))
t = 0
for i in range(300):
    t += get(lst, i % 10)
print("list warm", t)

cases = [
    ([10, 20, 30], 1), ([10, 20, 30], -1), ((1, 2), 0), ("hello", 4),
    ({"a": 1}, "a"), ({(1, 2): "tuple key"}, (1, 2)), (range(5, 50, 5), 3),
    (("x", "y"), 1), (Grid(), (0, 0)), (Seq(), 7), (Seq(), slice(1, 5, 2)),
    ([1, 2, 3, 4, 5], slice(1, 4)), ("abcdef", slice(None, None, -1)),
    ({1: "int key"}, True),
]
results = []
for i in range(420):
    c, k = cases[i % len(cases)]
    r = get(c, k)
    if i < len(cases):
        results.append(r)
print(results)

for c, k in [([1], 5), ({}, "x"), ("s", 9), ((), 0), (5, 0), ([1], "i")]:
    try:
        get(c, k)
    except (IndexError, KeyError, TypeError) as e:
        print(type(e).__name__, e)

# store site with several containers
g = Grid()
d = {}
l = [0] * 5
for i in range(300):
    put([g, d, l][i % 3], i % 5, i)
print(sorted(g.cells.items()), sorted(d.items()), l)
put(l, slice(1, 3), ["a", "b", "c"])
print(l)
del g[0]
print(get(g, 0), get(g, 1))

# dict with keys of different types at the same site
md = {1: "int", 1.5: "float", "1": "str", (1,): "tuple", None: "none", True: "bool?"}
print([get(md, k) for k in [1, 1.5, "1", (1,), None, True, 1.0]])

# negative indexes and index objects
class Idx:
    def __index__(self):
        return 2
print(get([5, 6, 7], Idx()), get("xyz", Idx()), get((0, 1, 2), -3))
