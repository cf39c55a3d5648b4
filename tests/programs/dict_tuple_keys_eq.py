# Tuple keys whose equality the runtime decides without calling Python (pairs of
# strs, ints, floats, bytes, nested tuples) must match exactly as == does; anything
# else (bools, subclasses with __eq__, big ints) still goes through ==.
counts = {}
words = ["low", "lower", "newest", "widest", "low", "new"]
for w in words * 50:
    for a, b in zip(w, w[1:]):
        pair = (a, b)
        counts[pair] = counts.get(pair, 0) + 1
print(sorted(counts.items())[:6], len(counts))

d = {}
keys = [(1, 2), (1.0, 2.0), (1, 2.0), (b"ab", 3), ((1, "x"), (2, "y")), ("a", ("b", ("c",))),
        (0.5, -0.0), (2 ** 70, 1), (True, 2), (float("nan"), 1), (1, 2, 3)]
for i, k in enumerate(keys):
    d[k] = d.get(k, 0) + i
print(len(d), d[(1, 2)], d.get((1.0, 2)), d.get((0.5, 0.0)), d.get((2 ** 70, 1.0)))
print(d.get((b"ab", 3.0)), d.get(((1, "x"), (2, "y"))), d.get(("a", ("b", ("c",)))))
print((1, 2) in d, (1, 3) in d, (b"ab", 4) in d, (1, 2, 3.0) in d, (1,) in d)
nan = float("nan")
print({(nan, 1): "a"}.get((nan, 1)))

class Loose(tuple):
    def __eq__(self, other):
        return True
    __hash__ = tuple.__hash__

e = {(1, 2): "plain"}
print(e.get(Loose((1, 2))), e.get(Loose((1, 2)) ), Loose((9, 9)) in e)
print({Loose((1, 2)): "loose"}.get((1, 2)))

s = set()
for w in words * 10:
    s.add(tuple(w[:2]))
    s.add((len(w), float(len(w))))
print(sorted(s, key=repr))
print((3, 3.0) in s, (3.0, 3) in s, (3, 4) in s, ("l", "o") in s)
