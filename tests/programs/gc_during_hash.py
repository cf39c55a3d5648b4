# A __hash__/__eq__ that allocates and collects while containers are being built:
# every container under construction must stay rooted (BuildMap/BuildSet once freed
# their new dict/set under the collector, a crash).
import gc


class K:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        junk = [[i] for i in range(500)]
        gc.collect()
        return hash(self.v)

    def __eq__(self, o):
        gc.collect()
        return isinstance(o, K) and o.v == self.v

    def __repr__(self):
        return f"K({self.v})"


def build(r):
    d = {K(1): "a", K(2): "b", K(3): "c", K(r): "r"}
    s = {K(5), K(6), K(r)}
    fs = frozenset([K(7), K(8)])
    d2 = dict([(K(9), 1), (K(10), 2)])
    d3 = dict.fromkeys([K(11), K(12)], 0)
    s2 = set(K(i) for i in range(3))
    dc = {K(i): i for i in range(3)}
    sc = {K(i) for i in range(3)}
    merged = {**d, **dc}
    return [sorted(k.v for k in c) for c in (d, s, fs, d2, d3, s2, dc, sc, merged)]


for r in range(4):
    print(build(r))
print(K(1) in {K(1)}, {K(2): 5}[K(2)])
