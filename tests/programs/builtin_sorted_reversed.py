# sorted() and reversed() on various iterables.
print(sorted([3, 1, 2]), sorted((3, 1, 2)), sorted("cab"), sorted({2: "b", 1: "a"}), sorted({5, 3, 4}), sorted(range(5, 0, -1)))
print(sorted([3, 1, 2], reverse=True), sorted(["b", "A", "c"], key=lambda s: s.lower()), sorted([], reverse=True))
data = [("x", 3), ("y", 1), ("z", 2), ("w", 1)]
print(sorted(data, key=lambda t: t[1]), sorted(data, key=lambda t: t[1], reverse=True))
original = [5, 2, 8]
s = sorted(original)
print(original, s, s is original)
print(list(reversed([1, 2, 3])), list(reversed((1, 2))), list(reversed("abc")), list(reversed(range(4))), list(reversed([])))
r = reversed([10, 20, 30])
print(next(r), list(r))
d = {"a": 1, "b": 2, "c": 3}
print(list(reversed(d)), list(reversed(d.values())), list(reversed(d.items())))
try:
    reversed({1, 2})
except TypeError as e:
    print("TypeError", e)
try:
    sorted([1, 2], key=5)
except TypeError as e:
    print("TypeError", e)
