# yield from: delegation and the value of the yield from expression
def inner(tag, n):
    for i in range(n):
        yield (tag, i)
    return tag * 2

def outer():
    r1 = yield from inner("a", 2)
    print("  r1 =", r1)
    r2 = yield from inner("bc", 3)
    print("  r2 =", r2)
    r3 = yield from inner("z", 0)
    print("  r3 =", r3)
    return r1 + r2 + r3

gen = outer()
while True:
    try:
        print(next(gen))
    except StopIteration as e:
        print("outer returned", e.value)
        break

def from_list():
    x = yield from [1, 2, 3]
    print("  list yield from value:", x)
    y = yield from "hi"
    print("  str yield from value:", y)
    z = yield from range(3)
    print("  range value:", z)
    w = yield from (i * i for i in range(4))
    print("  genexp value:", w)
    yield from {"k1": 1, "k2": 2}
    yield from (7, 8)

print(list(from_list()))

def chain(*iterables):
    for it in iterables:
        yield from it

print(list(chain([1, 2], (3,), "ab", range(2))))

def depth(n):
    if n == 0:
        yield "bottom"
        return 0
    v = yield from depth(n - 1)
    yield "level %d got %d" % (n, v)
    return v + 1

for s in depth(4):
    print(s)

def wrap():
    result = yield from depth(3)
    return "wrapped " + str(result)

g = wrap()
out = []
try:
    while True:
        out.append(next(g))
except StopIteration as e:
    print(len(out), e.value)
