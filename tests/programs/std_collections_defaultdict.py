from collections import defaultdict
d = defaultdict(int)
for w in "the quick brown fox jumps over the lazy dog the end".split():
    d[w] += 1
print(d)
print(d["missing"], "missing" in d, len(d))
g = defaultdict(list)
for k, v in [("a", 1), ("b", 2), ("a", 3)]:
    g[k].append(v)
print(g, dict(g.items()), sorted(g.keys()), list(g.values()))
s = defaultdict(set)
s["x"].add(1); s["x"].add(1); s["y"]
print(s)
n = defaultdict(lambda: "N/A")
print(n["q"], dict(n))
nd = defaultdict(None)
try:
    nd["k"]
except KeyError as e:
    print("KeyError", e)
print(nd)
try:
    defaultdict(3)
except TypeError as e:
    print("TypeError", e)
print(d.get("zzz"), d.get("the"), d.pop("the"), d.setdefault("new", 5), d.default_factory)
tree = lambda: defaultdict(tree)
t = tree()
t["a"]["b"]["c"] = 1
print(t["a"]["b"]["c"], list(t["a"]))
c = g.copy(); c["z"].append(0); print(sorted(c), sorted(g))
for k, v in sorted(d.items()):
    print(k, v)
