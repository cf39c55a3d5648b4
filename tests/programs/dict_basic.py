# Dict literals, indexing, assignment, membership, len, repr.
d = {"a": 1, "b": 2, "c": 3}
print(d, len(d), d["a"], "a" in d, "z" in d, "z" not in d, 1 in d)
d["d"] = 4
d["a"] = 100
print(d)
e = {}
print(e, len(e), bool(e), bool(d))
mixed = {1: "int", 2.5: "float", "s": "str", (1, 2): "tuple", None: "none", True: "bool?"}
print(mixed, mixed[1], mixed[(1, 2)], mixed[None])
print({1: 1, 1.0: 2, True: 3})
counts = {}
for w in "the cat and the hat and the bat".split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
print(d == {"d": 4, "c": 3, "b": 2, "a": 100}, d != {}, {} == dict())
print(list(d), [k for k in d], sorted(d, reverse=True))
d2 = {"x": [1, 2], "y": {"z": "deep"}}
d2["x"].append(3)
print(d2, d2["y"]["z"])
print({"quote'": 'dq"', "nl": "a\nb"})
