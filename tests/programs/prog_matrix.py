# Matrix operations with nested lists.
def zeros(r, c):
    return [[0] * c for _ in range(r)]


def identity(n):
    m = zeros(n, n)
    for i in range(n):
        m[i][i] = 1
    return m


def matmul(a, b):
    rows, inner, cols = len(a), len(b), len(b[0])
    if len(a[0]) != inner:
        raise ValueError(f"shape mismatch: {len(a)}x{len(a[0])} * {inner}x{cols}")
    out = zeros(rows, cols)
    for i in range(rows):
        for j in range(cols):
            s = 0
            for k in range(inner):
                s += a[i][k] * b[k][j]
            out[i][j] = s
    return out


def transpose(m):
    return [list(row) for row in zip(*m)]


def matpow(m, e):
    result = identity(len(m))
    base = m
    while e > 0:
        if e & 1:
            result = matmul(result, base)
        base = matmul(base, base)
        e >>= 1
    return result


def determinant(m):
    n = len(m)
    if n == 1:
        return m[0][0]
    if n == 2:
        return m[0][0] * m[1][1] - m[0][1] * m[1][0]
    total = 0
    for col in range(n):
        minor = [row[:col] + row[col + 1:] for row in m[1:]]
        sign = -1 if col % 2 else 1
        total += sign * m[0][col] * determinant(minor)
    return total


def show(name, m):
    print(name + ":")
    width = max(len(str(v)) for row in m for v in row)
    for row in m:
        print("  [" + " ".join(str(v).rjust(width) for v in row) + "]")


a = [[1, 2, 3], [4, 5, 6]]
b = [[7, 8], [9, 10], [11, 12]]
show("a", a)
show("b", b)
show("a*b", matmul(a, b))
show("b*a", matmul(b, a))
show("a^T", transpose(a))
show("I3", identity(3))
print("a*I == a:", matmul(a, identity(3)) == a)

fib = [[1, 1], [1, 0]]
for e in [1, 2, 10, 50, 90]:
    print(f"fib matrix ^{e} -> F({e}) = {matpow(fib, e)[0][1]}")

m4 = [[2, -1, 0, 3], [1, 4, -2, 0], [0, 5, 1, -1], [3, 0, 2, 2]]
show("m4", m4)
print("det(m4) =", determinant(m4))
print("det(I4) =", determinant(identity(4)))
print("det(m4^T) =", determinant(transpose(m4)))
print("det(m4*m4) =", determinant(matmul(m4, m4)), "=", determinant(m4) ** 2)

fm = [[0.5, 1.25], [-2.0, 0.1]]
show("fm*fm", matmul(fm, fm))

try:
    matmul(a, a)
except ValueError as e:
    print("ValueError:", e)

n = 12
big = [[(i * n + j) % 7 - 3 for j in range(n)] for i in range(n)]
prod = matmul(big, transpose(big))
print("trace:", sum(prod[i][i] for i in range(n)), "symmetric:", prod == transpose(prod))
print("row sums:", [sum(r) for r in prod])
