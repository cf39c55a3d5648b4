# get / setdefault.
d = {"a": 1, "b": None}
print(d.get("a"), d.get("z"), d.get("z", "dflt"), d.get("b", "dflt"), d.get("a", 0))
print(d.setdefault("a", 99), d.setdefault("c", 3), d.setdefault("d"), d)
groups = {}
for word in ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]:
    groups.setdefault(word[0], []).append(word)
print(groups)
index = {}
text = "to be or not to be that is the question"
for pos, word in enumerate(text.split()):
    index.setdefault(word, []).append(pos)
print(index)
nested = {}
for a, b, v in [("x", "y", 1), ("x", "z", 2), ("w", "y", 3)]:
    nested.setdefault(a, {})[b] = v
print(nested, nested.get("x", {}).get("z"), nested.get("q", {}).get("z"))
