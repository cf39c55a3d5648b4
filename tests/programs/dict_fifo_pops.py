# Dicts used as queues: deleting from the front, popping from the back, and the
# iteration start and tail trimming that keep those O(1) (CPython order and results).
from collections import OrderedDict
d = {}
for i in range(5):
    d[i] = i
for k in [4, 3, 0, 1, 2]:
    del d[k]
d["a"] = 1
print(list(d), d)
d = {i: i for i in range(40)}
for i in range(0, 39):
    del d[i]
d["x"] = 0
print(list(d), len(d), next(iter(d)), list(d.items()), list(d.values()))
for i in range(50):
    d[i] = i
    del d[next(iter(d))]
print(list(d)[:5], len(d))
od = OrderedDict((i, i * i) for i in range(30))
out = [od.popitem(last=False) for _ in range(10)] + [od.popitem() for _ in range(10)]
od[100] = 1
od.move_to_end(15)
print(out[:3], out[-3:], list(od), od.popitem(last=False))
d = {i: i for i in range(100)}
while d:
    d.popitem()
d[5] = 5
print(d, list(d.keys()))
d = {i: i for i in range(100)}
for i in range(99, -1, -1):
    del d[i]
d["z"] = 1
print(d)
