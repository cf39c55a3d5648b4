# 0/1 knapsack and unbounded knapsack with item reconstruction.
items = [
    ("map", 9, 150), ("compass", 13, 35), ("water", 153, 200), ("sandwich", 50, 160),
    ("glucose", 15, 60), ("tin", 68, 45), ("banana", 27, 60), ("apple", 39, 40),
    ("cheese", 23, 30), ("beer", 52, 10), ("suntan", 11, 70), ("camera", 32, 30),
    ("tshirt", 24, 15), ("trousers", 48, 10), ("umbrella", 73, 40), ("wtrousers", 42, 70),
    ("woverclothes", 43, 75), ("notecase", 22, 80), ("sunglasses", 7, 20), ("towel", 18, 12),
    ("socks", 4, 50), ("book", 30, 10),
]


def knapsack(items, capacity):
    n = len(items)
    table = [[0] * (capacity + 1) for _ in range(n + 1)]
    for i in range(1, n + 1):
        name, weight, value = items[i - 1]
        row, prev = table[i], table[i - 1]
        for w in range(capacity + 1):
            best = prev[w]
            if weight <= w and prev[w - weight] + value > best:
                best = prev[w - weight] + value
            row[w] = best
    chosen = []
    w = capacity
    for i in range(n, 0, -1):
        if table[i][w] != table[i - 1][w]:
            name, weight, value = items[i - 1]
            chosen.append(name)
            w -= weight
    return table[n][capacity], sorted(chosen)


for cap in [0, 10, 50, 100, 250, 400]:
    value, chosen = knapsack(items, cap)
    weight = sum(w for name, w, v in items if name in chosen)
    print(f"capacity {cap:3}: value {value:4}, weight {weight:3}, items {chosen}")


def unbounded(weights_values, capacity):
    best = [0] * (capacity + 1)
    pick = [None] * (capacity + 1)
    for w in range(1, capacity + 1):
        for name, wt, val in weights_values:
            if wt <= w and best[w - wt] + val > best[w]:
                best[w] = best[w - wt] + val
                pick[w] = name
    counts = {}
    w = capacity
    while w > 0 and pick[w] is not None:
        name = pick[w]
        counts[name] = counts.get(name, 0) + 1
        w -= dict((n, wt) for n, wt, _ in weights_values)[name]
    return best[capacity], counts


goods = [("gold", 5, 30), ("silver", 3, 17), ("bronze", 2, 9)]
for cap in [1, 2, 7, 10, 23, 50]:
    print("unbounded", cap, unbounded(goods, cap))

# Subset sum via a set of reachable sums.
numbers = [3, 34, 4, 12, 5, 2]
reachable = {0}
for x in numbers:
    reachable |= {s + x for s in reachable}
for target in [9, 30, 13, 61, 1, 60]:
    print(f"subset sum {target}: {target in reachable}")
print("reachable count:", len(reachable), "max:", max(reachable))

# Partition into two halves with minimum difference.
weights = [31, 10, 20, 19, 4, 3, 6, 45, 12]
total = sum(weights)
possible = [True] + [False] * total
for wt in weights:
    for s in range(total, wt - 1, -1):
        if possible[s - wt]:
            possible[s] = True
best_half = max(s for s in range(total // 2 + 1) if possible[s])
print("partition:", total, best_half, total - best_half, "difference", total - 2 * best_half)

# Bounded knapsack: each item may be taken up to a given count.
stock = [("bolt", 2, 3, 4), ("nut", 1, 1, 10), ("gear", 5, 9, 2), ("spring", 3, 5, 3)]
cap = 20
best = [0] * (cap + 1)
for name, weight, value, count in stock:
    for _ in range(count):
        for w in range(cap, weight - 1, -1):
            if best[w - weight] + value > best[w]:
                best[w] = best[w - weight] + value
print("bounded knapsack values:", best)
print("best for capacity", cap, "=", best[cap])
