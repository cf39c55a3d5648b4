# generator expressions
g = (x * 2 for x in range(5))
print(type(g).__name__)
print(next(g), next(g))
print(list(g))
print(list(g))

print(sum(x for x in range(101)))
print(list(x for x in range(20) if x % 3 == 0 if x % 2 == 0))
print(list((x, y) for x in range(3) for y in range(x)))
print(list(x + y for x in "ab" for y in "cd"))
print(max(len(w) for w in ["a", "abc", "ab"]))
print(sorted((w for w in "the quick brown fox".split()), key=len))

# nested genexps
nested = ((i, (j for j in range(i))) for i in range(4))
for i, inner in nested:
    print(i, list(inner))

# genexp with conditional expression
print(list("even" if n % 2 == 0 else "odd" for n in range(5)))

# genexp in function call as the sole argument
print(tuple(c for c in "xyz"))
print(", ".join(str(i) for i in range(4)))

# errors in the first iterable are raised immediately
try:
    g = (x for x in 42)
except TypeError as e:
    print("TypeError:", e)

# errors in the body are raised lazily
g = (1 // x for x in [1, 0, 2])
print(next(g))
try:
    next(g)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(next(g, "exhausted after error"))

# genexp variables do not leak
x = "outer"
total = sum(x for x in range(3))
print(x, total)

# genexp with walrus
vals = []
print(list((y := v * 2) for v in range(3)), y)

# generator expression is lazy: side effects
log = []
def f(v):
    log.append(v)
    return v
g = (f(v) for v in range(5))
print(log)
print(next(g), log)
print(list(g), log)

# nested loops over the same generator
g = (i for i in range(6))
print([(a, b) for a, b in zip(g, g)])

# genexp as iterator of dict/set
print(dict((k, k ** 2) for k in range(4)))
print(sorted(set(c for c in "mississippi")))
print(list(enumerate(s.upper() for s in ["a", "b"])))

# very long genexp
print(sum(i % 7 for i in range(10000)))
