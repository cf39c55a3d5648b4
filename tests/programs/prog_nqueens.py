# N-queens: count solutions and print the first solution as a board.
def solve(n):
    solutions = []
    cols = [False] * n
    diag1 = [False] * (2 * n - 1)
    diag2 = [False] * (2 * n - 1)
    placement = []

    def place(row):
        if row == n:
            solutions.append(placement[:])
            return
        for col in range(n):
            if cols[col] or diag1[row + col] or diag2[row - col + n - 1]:
                continue
            cols[col] = diag1[row + col] = diag2[row - col + n - 1] = True
            placement.append(col)
            place(row + 1)
            placement.pop()
            cols[col] = diag1[row + col] = diag2[row - col + n - 1] = False

    place(0)
    return solutions


def count_bitmask(n):
    """Count solutions with bit masks (a different algorithm for cross-checking)."""
    full = (1 << n) - 1
    count = 0

    def go(cols, d1, d2):
        nonlocal count
        if cols == full:
            count += 1
            return
        free = full & ~(cols | d1 | d2)
        while free:
            bit = free & -free
            free -= bit
            go(cols | bit, ((d1 | bit) << 1) & full, (d2 | bit) >> 1)

    go(0, 0, 0)
    return count


def board(solution):
    n = len(solution)
    lines = []
    for r in range(n):
        lines.append(" ".join("Q" if solution[r] == c else "." for c in range(n)))
    return "\n".join(lines)


def is_valid(solution):
    n = len(solution)
    for r1 in range(n):
        for r2 in range(r1 + 1, n):
            c1, c2 = solution[r1], solution[r2]
            if c1 == c2 or abs(c1 - c2) == r2 - r1:
                return False
    return True


for n in range(1, 9):
    sols = solve(n)
    print(f"n={n}: {len(sols)} solutions, bitmask count {count_bitmask(n)}")
    if sols:
        print("  first:", sols[0], "last:", sols[-1], "valid:", all(is_valid(s) for s in sols))

eight = solve(8)
print(board(eight[0]))
print()
print(board(eight[-1]))

# Symmetry: count distinct solutions under rotation/reflection for n = 6.
def rotate(sol):
    n = len(sol)
    out = [0] * n
    for r, c in enumerate(sol):
        out[c] = n - 1 - r
    return tuple(out)


def mirror(sol):
    n = len(sol)
    return tuple(n - 1 - c for c in sol)


def canonical(sol):
    variants = []
    cur = tuple(sol)
    for _ in range(4):
        variants.append(cur)
        variants.append(mirror(cur))
        cur = rotate(cur)
    return min(variants)


for n in [5, 6, 7, 8]:
    unique = {canonical(s) for s in solve(n)}
    print(f"n={n}: {len(unique)} fundamental solutions")
print("n=10 via bitmask:", count_bitmask(10))
