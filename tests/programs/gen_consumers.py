# generators consumed by builtins
def squares(n):
    for i in range(n):
        yield i * i

print(list(squares(6)))
print(tuple(squares(4)))
print(sum(squares(10)))
print(sum(squares(5), 100))
print(sorted(squares(5), reverse=True))
print(max(squares(7)))
print(min(squares(7)))
print(max(squares(0), default="empty"))
print(list(zip(squares(4), "abcd", squares(10))))
print(list(enumerate(squares(4))))
print(list(enumerate(squares(3), start=10)))
print("-".join(str(x) for x in squares(5)))
print("".join(c.upper() for c in "hello"))
print(16 in squares(10))
print(17 in squares(10))
print(any(x > 20 for x in squares(6)))
print(all(x < 20 for x in squares(6)))
print(dict((i, v) for i, v in enumerate(squares(3))))
print(set(x % 3 for x in squares(10)))
print(list(map(lambda v: v + 1, squares(4))))
print(list(filter(lambda v: v % 2 == 0, squares(8))))
print(list(reversed(list(squares(4)))))

# 'in' stops early and leaves the generator partly consumed
g = squares(10)
print(9 in g)
print(next(g))
print(list(g))

# zip stops at the shortest; the longer generator is partly consumed
def loud(n):
    for i in range(n):
        print("  loud yields", i)
        yield i

g = loud(5)
print(list(zip(g, [10, 20])))
print(list(g))

# unpacking
a, b, c = squares(3)
print(a, b, c)
first, *rest = squares(5)
print(first, rest)
print(*squares(4))
print([*squares(3), *squares(2)])
try:
    x, y = squares(3)
except ValueError as e:
    print("ValueError:", e)

# sum of floats
def halves(n):
    for i in range(n):
        yield i / 2

print(sum(halves(7)))
print(sorted(halves(5), key=lambda v: -v))
print(max(halves(5), key=lambda v: (v - 1) ** 2))
print(str(list(halves(3))))
