# pprint: CPython 3.11 layouts (width, indent, depth, compact, sort_dicts,
# underscore_numbers), long str/bytes splitting, recursion, saferepr/isreadable.
import pprint

data = {"name": "kiln", "numbers": list(range(40)), "nested": {"a": [1, 2, {"deep": ("x", "y") * 10}], "b": {3, 1, 2}},
        "text": "the quick brown fox jumps over the lazy dog " * 4, "t1": (1,), "empty": [], "fs": frozenset({20, 10}),
        "bytes": bytes(range(40)), 3: None, "long_key_" * 5: 1.5}
pprint.pprint(data)
pprint.pprint(data, width=40)
pprint.pprint(data, indent=4, width=60, depth=2)
pprint.pprint(list(range(100)), compact=True)
pprint.pprint(data, sort_dicts=False, width=50)
print(pprint.pformat([("string", (1, 2), [3, 4], {5: 6, 7: 8})] * 3))
r = [1, 2]
r.append(r)
d = {"self": None}
d["self"] = d
print(pprint.saferepr(r).split(" with id=")[0], pprint.isrecursive(r), pprint.isreadable(r), pprint.isreadable([1, "a"]))
print(pprint.pformat(d).split(" with id=")[0])
pprint.pp({"b": 1, "a": [1000000, 2]}, underscore_numbers=True)
print(pprint.pformat("a" * 100), pprint.pformat({"k": "word " * 30}))
pprint.pprint([{1, 2.5}, {None: 1, 0: 2}, {3, 1, 2}])
print(pprint.PrettyPrinter(width=20)._safe_repr([("s", (1, 2), [3, 4], {5: 6, 7: 8})] * 2, {}, None, 0))
