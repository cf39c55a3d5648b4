# StopIteration from next() on exhausted iterators.
it = iter([1, 2])
print(next(it), next(it))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", repr(e), e.args)
print(next(it, "default"), next(iter([]), None))
g = (x for x in range(2))
print(list(g))
try:
    next(g)
except StopIteration:
    print("generator expression exhausted")
d = iter({"a": 1})
print(next(d))
try:
    next(d)
except StopIteration:
    print("dict iterator exhausted")
r = iter(range(1))
print(next(r), next(r, "done"))
s = iter("x")
print(next(s), next(s, ""), repr(next(s, "")))
try:
    next([1, 2])
except TypeError as e:
    print("TypeError", e)
z = zip([1], [2, 3])
print(next(z))
try:
    next(z)
except StopIteration:
    print("zip exhausted")
e = enumerate("ab")
print(next(e), next(e), next(e, (None, None)))
