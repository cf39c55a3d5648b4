# one unpacking site seeing different sequence types
def unpack2(seq):
    a, b = seq        # the site
    return a, b

def gen2():
    yield "g1"
    yield "g2"

class Pair:
    def __iter__(self):
        return iter(["p1", "p2"])

t = 0
for i in range(300):
    a, b = unpack2((i, i + 1))
    t += a + b
print("tuple warm", t)

sources = [
    lambda: (1, 2), lambda: [3, 4], lambda: "xy", lambda: range(5, 7),
    lambda: {"k1": 1, "k2": 2}, lambda: gen2(), lambda: Pair(),
    lambda: iter([7, 8]), lambda: {"only": 1}.items(), lambda: zip("a", "b"),
    lambda: [(1, 2), (3, 4)],
]
out = []
for i in range(len(sources) * 30):
    try:
        r = unpack2(sources[i % len(sources)]())
    except ValueError as e:
        r = "ValueError: " + str(e)
    if i < len(sources):
        out.append(r)
for r in out:
    print(r)

for bad in [(1,), [1, 2, 3], "xyz", 5, None, range(0)]:
    try:
        unpack2(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

# starred unpacking at a hot site
def star(seq):
    first, *mid, last = seq
    return first, mid, last

res = None
for i in range(300):
    res = star(range(i % 6 + 2))
print(res, star("hello"), star([1, 2]), star((1, 2, 3)))
try:
    star([1])
except ValueError as e:
    print("ValueError:", e)

# nested unpacking
def nested(v):
    (a, b), [c, *d] = v
    return a, b, c, d

print(nested(((1, 2), [3, 4, 5])), nested(["ab", "cde"]), nested([range(2), (9,)]))

# swap idiom in a loop
x, y = 0, 1
for i in range(300):
    x, y = y, (x + y) % 1000
print(x, y)
a, b, c = 1, 2, 3
for i in range(301):
    a, b, c = c, a, b
print(a, b, c)
