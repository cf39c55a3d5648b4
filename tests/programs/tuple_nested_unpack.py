# Nested unpacking in assignments and loops.
data = [("alice", (30, "nyc")), ("bob", (25, "sf")), ("carol", (35, "la"))]
for name, (age, city) in data:
    print(f"{name:6} {age:3} {city}")
((a, b), (c, d)) = [[1, 2], [3, 4]]
print(a, b, c, d)
[x, [y, [z]]] = (1, (2, [3]))
print(x, y, z)
pairs = {"k1": (1, 2), "k2": (3, 4)}
for key, (lo, hi) in pairs.items():
    print(key, lo, hi, hi - lo)
points = [(1, 2), (3, 4), (5, 6)]
xs, ys = zip(*points)
print(xs, ys)
(first, *others), tail = ("abc", "d")
print(first, others, tail)
try:
    (a, b), c = (1, 2, 3), 4
except ValueError as e:
    print("ValueError", e)
