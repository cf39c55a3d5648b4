# yield in many expression positions
def forms():
    a = yield
    print("  a =", a)
    b = (yield 1) + 10
    print("  b =", b)
    c = [(yield 2), (yield 3)]
    print("  c =", c)
    d = str((yield 4))
    print("  d =", repr(d))
    e = yield 5, 6
    print("  e =", e)
    f = {"k": (yield 7)}
    print("  f =", f)
    if (yield 8):
        print("  truthy branch")
    else:
        print("  falsy branch")
    while (yield 9) != "quit":
        print("  looping")
    return "done"

g = forms()
inputs = [None, "A", 5, "c1", "c2", 99, "E", "F", 0, "x", "y", "quit"]
results = []
try:
    for v in inputs:
        results.append(g.send(v))
except StopIteration as s:
    results.append(("stop", s.value))
print(results)

def yield_tuple():
    x = yield 1, 2
    y = yield (3, 4)
    z = yield [5, 6]
    return x, y, z

g = yield_tuple()
print(next(g), g.send("x"), g.send("y"))
try:
    g.send("z")
except StopIteration as s:
    print(s.value)

lam = lambda: (yield 42)
lg = lam()
print(type(lg).__name__, next(lg))

def yield_star():
    yield [*range(3)]
    yield (*"ab", *"cd")

print(list(yield_star()))

def aug():
    total = 0
    total += yield total
    total += yield total
    total *= yield total
    return total

g = aug()
print(next(g), g.send(3), g.send(4))
try:
    g.send(10)
except StopIteration as s:
    print("aug", s.value)

def yield_in_call():
    print("  call", (yield "p1"), (yield "p2"))
    return max((yield "m1"), (yield "m2"))

g = yield_in_call()
print(next(g), g.send("first"), g.send("second"), g.send(5))
try:
    g.send(9)
except StopIteration as s:
    print("max", s.value)
