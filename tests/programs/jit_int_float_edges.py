# Template fast paths at their edges: 48-bit small-int overflow, float NaN/inf, mixed types.
big = 2 ** 47 - 1
small = -(2 ** 47)
vals = [0, 1, -1, big, small, big - 1, small + 1, 12345678901, -98765432101]
for a in vals:
    for b in vals:
        print(a + b, a - b, a * b, a < b, a <= b, a == b, a != b, a > b, a >= b)
nan = float("nan")
inf = float("inf")
fl = [0.0, -0.0, 1.5, -2.25, nan, inf, -inf, 1e308]
for a in fl:
    for b in fl:
        print(repr(a + b), repr(a - b), repr(a * b), a < b, a <= b, a == b, a != b, a > b, a >= b)
print(1 + 2.5, 2.5 * 3, 7 - True, True + True, "ab" + "cd", [1] * 3, (1, 2) < (1, 3))
x = 0
for i in range(100000):
    x += i * i - (i << 1)
print(x)
def branches(v):
    out = []
    if v: out.append("t")
    else: out.append("f")
    if not v: out.append("n")
    out.append(v and 1 or 2)
    out.append(v or 3)
    return out
for v in [0, 1, -1, 2 ** 47 - 1, None, True, False, 0.0, "", "x", [], [0], big * 2]:
    print(repr(v), branches(v))
