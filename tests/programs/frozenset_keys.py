# frozensets: immutability, hashing, use as dict keys and set members.
f = frozenset([3, 1, 2, 3])
print(f, len(f), 2 in f, type(f).__name__, frozenset(), frozenset(range(3)))
d = {frozenset({1, 2}): "one-two", frozenset(): "empty"}
print(d[frozenset({2, 1})], d[frozenset()], frozenset([1, 2]) in d)
groups = {}
for pair in [(1, 2), (2, 1), (3, 4), (4, 3), (1, 2)]:
    key = frozenset(pair)
    groups[key] = groups.get(key, 0) + 1
print(sorted((sorted(k), v) for k, v in groups.items()))
ss = {frozenset({1}), frozenset({1}), frozenset({2, 3})}
print(len(ss), frozenset({2, 3}) in ss)
print(f | {9}, f & {1, 9}, f - {1}, f.union([7]), f.issubset(range(5)))
print(hash(frozenset({1, 2})) == hash(frozenset({2, 1})))
try:
    f.add(4)
except AttributeError as e:
    print("AttributeError", e)
