# comparison sites seeing many operand types
class Version:
    def __init__(self, *parts):
        self.parts = parts
    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts
    def __eq__(self, other):
        return isinstance(other, Version) and self.parts == other.parts
    def __repr__(self):
        return "V" + ".".join(map(str, self.parts))

class OnlyEq:
    def __init__(self, k):
        self.k = k
    def __eq__(self, other):
        return isinstance(other, OnlyEq) and self.k % 3 == other.k % 3

def lt(a, b):
    return a < b

def eq(a, b):
    return a == b

n = 0
for i in range(300):
    if lt(i, 150):
        n += 1
print("int warm", n)

pairs = [
    (1, 2), (2.5, 1), (1, 1.0), ("a", "b"), ("b", "a"), ((1, 2), (1, 3)),
    ([1], [0, 9]), (True, 2), (10 ** 30, 10 ** 29), (-0.0, 0.0),
    (Version(1, 2), Version(1, 10)), (Version(2), Version(1, 9)),
]
out = []
for i in range(480):
    a, b = pairs[i % len(pairs)]
    r = (lt(a, b), eq(a, b))
    if i < len(pairs):
        out.append(r)
print(out)

print(eq(OnlyEq(1), OnlyEq(4)), eq(OnlyEq(1), OnlyEq(2)), eq(OnlyEq(1), 1))
print(eq(float("nan"), float("nan")), eq(1, True), eq("1", 1), eq(None, None))

for a, b in [(1, "a"), (None, 0), (Version(1), 3), ([1], (1,))]:
    try:
        lt(a, b)
    except TypeError as e:
        print("TypeError:", e)

# reflected comparison: b.__gt__ used when a.__lt__ is missing
class Big:
    def __gt__(self, other):
        return True
    def __lt__(self, other):
        return False

print(lt(5, Big()), lt(Big(), 5), lt("s", Big()))

# sorting with mixed element types sharing the comparison sites
vs = [Version(1, 10), Version(1, 2), Version(0, 9), Version(1, 2, 1)]
print(sorted(vs))
print(max(vs), min(vs))
print(sorted([3, 1.5, True, 2]))

# chained comparisons on a warmed site
def between(a, x, b):
    return a <= x < b

cnt = 0
for i in range(300):
    if between(100, i, 200):
        cnt += 1
print(cnt, between(0.5, 1, 2.5), between("a", "m", "z"), between((0,), (1,), (2,)))

# is / is not / in / not in sites
def membership(x, c):
    return x in c, x not in c

print([membership(2, c) for c in [[1, 2], (3,), {2}, {2: 0}, range(3), [2.0]]])
try:
    membership(2, "abc")
except TypeError as e:
    print("TypeError:", e)
