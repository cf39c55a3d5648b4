# One function, many argument types: hot code must handle type changes correctly.
def combine(a, b):
    return a + b * 2


def run(label, pairs):
    acc = None
    for a, b in pairs:
        r = combine(a, b)
        acc = r if acc is None else (acc + r if not isinstance(r, list) else acc + r[:1])
    print(label, repr(acc)[:80])


run("ints", [(i, i + 1) for i in range(2000)])
run("floats", [(i * 0.5, 0.25) for i in range(2000)])
run("mixed", [(i, 0.5) if i % 2 else (0.5, i) for i in range(2000)])
run("bools", [(True, False), (False, True)] * 500)
run("bigints", [(2 ** 70 + i, 2 ** 65) for i in range(500)])
run("strings", [("a", "b"), ("xy", "z")] * 300)
run("lists", [([1], [2]), ([3], [])] * 300)
run("ints again", [(i, -i) for i in range(2000)])
print(combine(3, 4), combine(1.5, 2), combine("s", "t"), combine([0], [1]), combine((1,), (2,)))
try:
    combine(1, "x")
except TypeError as e:
    print("TypeError", e)


def classify(v):
    if v < 0:
        return "neg"
    if v == 0:
        return "zero"
    return "pos"


counts = {}
values = list(range(-500, 500)) + [x / 4 for x in range(-400, 400)] + [2 ** 80, -(2 ** 80), 0.0, -0.0]
for v in values:
    k = classify(v)
    counts[k] = counts.get(k, 0) + 1
print(counts)


def total(seq):
    t = 0
    for x in seq:
        t = t + x
    return t


print(total(range(3000)), total([0.5] * 3000), total([1, 2.5, True] * 1000), total([2 ** 62] * 10))
x = 0
for i in range(3000):
    if i == 1000:
        x = float(x)
    if i == 2000:
        x = int(x) * 2 ** 64
    x += i
print(x, type(x).__name__)
