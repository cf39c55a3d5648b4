# Tuple packing and unpacking.
t = 1, 2, 3
print(t, type(t).__name__, len(t))
a, b, c = t
print(a, b, c)
a, b = b, a
print(a, b)
x, y = "hi"
print(x, y)
p, q = [10, 20]
print(p, q)
(m, n), o = (1, 2), 3
print(m, n, o)
for i, (k, v) in enumerate([("a", 1), ("b", 2)]):
    print(i, k, v)
def minmax(seq):
    return min(seq), max(seq)
lo, hi = minmax([5, 3, 8, 1])
print(lo, hi, minmax("kiln"))
a = b = c = 7
print(a, b, c)
i, j = 0, 1
for _ in range(10):
    i, j = j, i + j
print(i, j)
try:
    a, b = (1, 2, 3)
except ValueError as e:
    print("ValueError", e)
try:
    a, b, c = (1, 2)
except ValueError as e:
    print("ValueError", e)
try:
    a, b = 5
except TypeError as e:
    print("TypeError", e)
lst = [0, 0, 0]
lst[0], lst[2] = "first", "third"
print(lst)
empty = ()
print(empty, len(empty), (), tuple(), tuple([1, 2]), tuple("ab"))
