# Nested loops: tables, patterns and early exits.
for i in range(1, 6):
    print(" ".join(f"{i * j:3}" for j in range(1, 6)))
for i in range(5):
    print(" " * (4 - i) + "*" * (2 * i + 1))
pairs = []
for i in range(4):
    for j in range(i):
        for k in range(j):
            pairs.append((i, j, k))
print(pairs)
count = 0
for a in range(10):
    for b in range(10):
        if (a + b) % 4 == 0 and a != b:
            count += 1
print("count", count)
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
total = 0
for row in matrix:
    for v in row:
        total += v
print(total, [sum(r) for r in matrix], [sum(col) for col in zip(*matrix)])
i = 0
while i < 3:
    j = 0
    while j < 3:
        if j > i:
            break
        print((i, j), end="")
        j += 1
    i += 1
print()
