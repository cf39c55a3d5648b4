# Tuple comparison and tuples as dict keys.
pairs = [((1, 2), (1, 2)), ((1, 2), (1, 3)), ((1,), (1, 0)), ((), ()), ((2,), (1, 5)), (("a", 1), ("a", 0))]
for x, y in pairs:
    print(x, y, x == y, x < y, x <= y, x > y, x >= y, x != y)
print(hash((1, 2)) == hash((1, 2)), hash((1, 2)) == hash((1.0, 2)), hash(()) == hash(()))
grid = {}
for r in range(3):
    for c in range(3):
        grid[(r, c)] = r * c
print(grid[(2, 2)], grid[1, 2], (0, 0) in grid, (3, 3) in grid, len(grid))
memo = {(0, 0): 1}
def paths(r, c):
    if r < 0 or c < 0:
        return 0
    if (r, c) not in memo:
        memo[(r, c)] = paths(r - 1, c) + paths(r, c - 1)
    return memo[(r, c)]
print(paths(10, 10), len(memo))
nested_key = {((1, 2), (3,)): "deep"}
print(nested_key[((1, 2), (3,))])
try:
    d = {([1], 2): "x"}
except TypeError as e:
    print("TypeError", e)
try:
    hash((1, [2]))
except TypeError as e:
    print("TypeError", e)
print(sorted([(2, "b"), (1, "z"), (2, "a"), (1, "a")]), max([(1, 2), (1, 3), (0, 9)]))
