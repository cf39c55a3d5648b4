# Sets keep their first 8-slot table in their own allocation (CPython's smalltable);
# growth, deletion, clearing and copying must give CPython's contents and order.
import gc

out = []
for n in range(12):
    s = set()
    for k in range(n):
        s.add(k * 8)          # all collide in an 8-slot table
    out.append(list(s))
print(out[-1], out[5])

s = {1, 2, 3}
s.discard(2)
s.add(10)
s.add(18)
print(s, len(s), 2 in s, 18 in s)
p = [s.pop() for _ in range(2)]
print(p, s)
s.clear()
print(s, len(s))
s.update(range(20))
print(s)
t = s.copy()
t.difference_update(range(0, 20, 2))
print(t, s - t == set(range(0, 20, 2)))
small = [frozenset([i, -i]) for i in range(6)]
print(small, {small[1]: "x"}[frozenset([-1, 1])])
print({x % 5 for x in range(40)}, set("hello"), {(1, 2), (1, 2), (2, 1)})

# Many small sets alive across collections.
keep = [{i, i + 1, i + 2} for i in range(3000)]
gc.collect()
print(sum(len(k) for k in keep), keep[-1], keep[1234])
for k in keep[::2]:
    k.update((100, 200, 300, 400, 500, 600))
gc.collect()
print(sorted(keep[0]), keep[1])
