# Extended (star) unpacking.
a, *b, c = [1, 2, 3, 4, 5]
print(a, b, c)
*init, last = range(5)
print(init, last)
first, *rest = "hello"
print(first, rest)
x, *y = [1]
print(x, y)
h, *mid, t = (1, 2)
print(h, mid, t)
(p, *q), r = [1, 2, 3], 4
print(p, q, r)
print(*[1, 2, 3], sep="-")
print([*range(3), *"ab", *(9,)], (*[1, 2], 3), {**{"a": 1}, "b": 2, **{"a": 3}})
def f(*args):
    return args
print(f(*[1, 2], 3, *(4, 5)))
for head, *tail in [(1, 2, 3), (4,), "xyz"]:
    print(head, tail)
try:
    a, *b, c = [1]
except ValueError as e:
    print("ValueError", e)
