# Dynamic programming: longest common subsequence, edit distance, LIS.
def lcs(a, b):
    n, m = len(a), len(b)
    dp = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            if a[i] == b[j]:
                dp[i][j] = 1 + dp[i + 1][j + 1]
            else:
                dp[i][j] = max(dp[i + 1][j], dp[i][j + 1])
    # Reconstruct one LCS.
    out = []
    i = j = 0
    while i < n and j < m:
        if a[i] == b[j]:
            out.append(a[i])
            i += 1
            j += 1
        elif dp[i + 1][j] >= dp[i][j + 1]:
            i += 1
        else:
            j += 1
    return dp[0][0], "".join(out) if isinstance(a, str) else out


def edit_distance(a, b):
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cost = 0 if ca == cb else 1
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
        prev = cur
    return prev[-1]


def lis(seq):
    """Longest strictly increasing subsequence in O(n log n) with reconstruction."""
    tails = []
    tails_idx = []
    parent = [-1] * len(seq)
    for i, x in enumerate(seq):
        lo, hi = 0, len(tails)
        while lo < hi:
            mid = (lo + hi) // 2
            if tails[mid] < x:
                lo = mid + 1
            else:
                hi = mid
        if lo == len(tails):
            tails.append(x)
            tails_idx.append(i)
        else:
            tails[lo] = x
            tails_idx[lo] = i
        parent[i] = tails_idx[lo - 1] if lo > 0 else -1
    out = []
    k = tails_idx[-1] if tails_idx else -1
    while k != -1:
        out.append(seq[k])
        k = parent[k]
    return out[::-1]


pairs = [
    ("ABCBDAB", "BDCABA"),
    ("AGGTAB", "GXTXAYB"),
    ("kitten", "sitting"),
    ("", "abc"),
    ("same", "same"),
    ("dynamic programming", "algorithmic thinking"),
]
for a, b in pairs:
    n, seq = lcs(a, b)
    print(f"lcs({a!r}, {b!r}) = {n} {seq!r}; edit distance = {edit_distance(a, b)}")

print(lcs([1, 3, 4, 1, 2, 1, 3], [3, 4, 1, 2, 1, 3]))
for seq in [[10, 9, 2, 5, 3, 7, 101, 18], [0, 8, 4, 12, 2, 10, 6, 14, 1, 9, 5, 13, 3, 11, 7, 15], [5, 4, 3], []]:
    best = lis(seq)
    print("lis", seq, "->", len(best), best)

# Count paths in a grid with obstacles.
grid = [
    "....#...",
    ".#......",
    "...#..#.",
    "#.......",
    "...##...",
    "........",
]
rows, cols = len(grid), len(grid[0])
paths = [[0] * cols for _ in range(rows)]
for r in range(rows):
    for c in range(cols):
        if grid[r][c] == "#":
            continue
        if r == 0 and c == 0:
            paths[r][c] = 1
        else:
            paths[r][c] = (paths[r - 1][c] if r > 0 else 0) + (paths[r][c - 1] if c > 0 else 0)
for row in paths:
    print(" ".join(f"{v:4}" for v in row))
print("paths to corner:", paths[-1][-1])

# Coin change: number of ways and minimum coins.
coins = [1, 5, 10, 25, 50]
target = 100
ways = [1] + [0] * target
for coin in coins:
    for v in range(coin, target + 1):
        ways[v] += ways[v - coin]
INF = float("inf")
fewest = [0] + [INF] * target
for v in range(1, target + 1):
    for coin in coins:
        if coin <= v and fewest[v - coin] + 1 < fewest[v]:
            fewest[v] = fewest[v - coin] + 1
print("ways to make 100:", ways[target], "fewest coins for 63:", fewest[63], "for 99:", fewest[99])
