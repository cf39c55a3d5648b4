# a branch site seeing many kinds of truth values
class WithBool:
    def __init__(self, b):
        self.b = b
    def __bool__(self):
        return self.b

class WithLen:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n

class Plain:
    pass

def truth(v):
    if v:          # the site
        return 1
    return 0

n = 0
for i in range(300):
    n += truth(i % 3)
print("int warm", n)

values = [
    0, 1, -1, 0.0, 0.1, -0.0, "", "x", [], [0], (), (None,), {}, {0: 0},
    set(), {0}, None, True, False, range(0), range(1), 10 ** 40, -10 ** 40,
    WithBool(True), WithBool(False), WithLen(0), WithLen(3), Plain(), Plain,
    truth, print, float("nan"),
]
results = []
for i in range(len(values) * 10):
    r = truth(values[i % len(values)])
    if i < len(values):
        results.append(r)
print(results, sum(results))

# not / and / or / while on the same values
print([int(not v) for v in values[:16]])
print([v and "A" for v in values[:8]])
print([v or "B" for v in values[:8]])

# bad __bool__ / __len__ at a warmed site
class BadBool:
    def __bool__(self):
        return 1
class NegLen:
    def __len__(self):
        return -1
class RaisingBool:
    def __bool__(self):
        raise ValueError("no truth")

for bad in [BadBool(), NegLen(), RaisingBool()]:
    try:
        truth(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

# while loop condition with changing types
def countdown(v):
    steps = 0
    while v:
        steps += 1
        if isinstance(v, int):
            v -= 1
        elif isinstance(v, list):
            v.pop()
        elif isinstance(v, str):
            v = v[1:]
        else:
            v = v.b and WithBool(False)
    return steps

print([countdown(v) for v in [5, [1, 2, 3], "abcd", WithBool(True), 0, ""]])

# __bool__ patched on the class while the site is hot
wb = WithBool(True)
hist = []
for i in range(300):
    if i == 100:
        WithBool.__bool__ = lambda self: not self.b
    if i == 200:
        del WithBool.__bool__
    hist.append(truth(wb))
print(hist[99], hist[100], hist[199], hist[200])
