# Conway's Game of Life on a small toroidal grid.
def parse(pattern):
    return [[ch == "#" for ch in line] for line in pattern.strip().splitlines()]


def render(grid):
    return "\n".join("".join("#" if c else "." for c in row) for row in grid)


def step(grid):
    rows, cols = len(grid), len(grid[0])
    new = [[False] * cols for _ in range(rows)]
    for r in range(rows):
        for c in range(cols):
            n = 0
            for dr in (-1, 0, 1):
                for dc in (-1, 0, 1):
                    if dr == 0 and dc == 0:
                        continue
                    if grid[(r + dr) % rows][(c + dc) % cols]:
                        n += 1
            new[r][c] = n == 3 or (grid[r][c] and n == 2)
    return new


def population(grid):
    return sum(sum(1 for c in row if c) for row in grid)


def signature(grid):
    return tuple(tuple(row) for row in grid)


GLIDER = """
.#........
..#.......
###.......
..........
..........
..........
..........
..........
"""

grid = parse(GLIDER)
print("generation 0, population", population(grid))
print(render(grid))
for gen in range(1, 5):
    grid = step(grid)
    print(f"generation {gen}, population {population(grid)}")
    print(render(grid))

# Run the glider until it returns to its starting configuration on the torus.
start = signature(parse(GLIDER))
grid = parse(GLIDER)
for gen in range(1, 200):
    grid = step(grid)
    if signature(grid) == start:
        print("glider returned to start after", gen, "generations")
        break

BLINKER = """
.....
..#..
..#..
..#..
.....
"""
b = parse(BLINKER)
b1 = step(b)
b2 = step(b1)
print(render(b1))
print("blinker period 2:", signature(b2) == signature(b), signature(b1) != signature(b))

# Detect the cycle length of a random-ish soup.
seed = 7
def rnd():
    global seed
    seed = (seed * 48271) % 2147483647
    return seed
soup = [[rnd() % 3 == 0 for _ in range(12)] for _ in range(12)]
seen = {}
g = soup
for gen in range(300):
    sig = signature(g)
    if sig in seen:
        print(f"soup: cycle detected at generation {gen}, period {gen - seen[sig]}, population {population(g)}")
        break
    seen[sig] = gen
    g = step(g)
else:
    print("soup: no cycle within 300 generations, population", population(g))
print(render(g))
