# Nested lists: grids, aliasing with *, deep access.
grid = [[r * 3 + c for c in range(3)] for r in range(3)]
print(grid, grid[1][2], grid[-1][-1], [row[1] for row in grid])
grid[0][0] = "X"
print(grid)
bad = [[0] * 3] * 3
bad[0][0] = 1
print(bad)
good = [[0] * 3 for _ in range(3)]
good[0][0] = 1
print(good)
transposed = [[grid[r][c] for r in range(3)] for c in range(3)]
print(transposed)
deep = [1, [2, [3, [4, [5]]]]]
print(deep[1][1][1][1][0], len(deep), deep[1][1])
def flatten(x):
    out = []
    for item in x:
        if isinstance(item, list):
            out.extend(flatten(item))
        else:
            out.append(item)
    return out
print(flatten(deep), flatten([[1, 2], [], [[3]], 4]))
self_ref = [1, 2]
self_ref.append(self_ref)
print(self_ref, len(self_ref))
