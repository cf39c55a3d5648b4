# Nested comprehensions.
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9], [10, 11, 12]]
print([[row[i] for row in matrix] for i in range(3)])
print([x for row in matrix for x in row])
print([[x * 10 for x in row if x % 2] for row in matrix])
print([[1 if i == j else 0 for j in range(4)] for i in range(4)])
print({r: {c: r * c for c in range(3)} for r in range(3)})
board = [["." for _ in range(5)] for _ in range(3)]
board[1][2] = "#"
print(["".join(row) for row in board])
triples = [(a, b, c) for c in range(1, 30) for b in range(1, c) for a in range(1, b) if a * a + b * b == c * c]
print(triples)
print([[(i, j) for j in range(i, 3)] for i in range(3)])
print(sum([[1, 2], [3], []], []), [y for x in [[1, [2]], [3, [4]]] for y in x[1]])
