# Small lists (literals, slices, list(), copies) keep their first buffer in the list
# object's own allocation; growing, shrinking, sorting and slicing must behave as
# for any list, before and after the items move out, across collections.
import gc


def build(n):
    out = []
    for i in range(n):
        a = [i, i + 1, i + 2]
        b = a[:]
        c = a[::-1]
        d = list(a)
        e = a.copy()
        b.append(99)
        c.extend(range(70))
        d.insert(0, -1)
        del e[1:]
        out.append((a, b, c[:4], len(c), d, e))
    return out


r = build(300)
gc.collect()
print(r[0])
print(r[-1][:2], r[-1][3:])

# Growth past the inline buffer, then shrinking and regrowth.
x = [1, 2]
for i in range(100):
    x.append(i)
print(len(x), x[:5], x[-3:])
del x[3:]
x += [7, 8]
print(x)
x.clear()
x.append("again")
print(x)

# Exactly at and around the inline bound (64 items).
for n in (63, 64, 65, 130):
    src = list(range(n))
    s = src[:]
    s.sort(reverse=True)
    t = src[1:-1]
    t.reverse()
    print(n, s[:2], s[-2:], len(t), t[:2], src[::max(1, n // 4)])

# Slices of slices; slice assignment into small lists.
p = list(range(10))
for k in range(1, 10):
    p[:k + 1] = p[k::-1]
print(p)
q = p[2:5]
q[1:2] = ["a", "b", "c"]
print(q, p[2:5])

# Nested small lists survive collections while referenced only from each other.
chain = [0]
for i in range(2000):
    chain = [i, chain]
gc.collect()
depth = 0
while len(chain) == 2:
    chain = chain[1]
    depth += 1
print(depth, chain)
