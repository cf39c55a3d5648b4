from collections import deque
d = deque()
print(d, len(d), bool(d))
d.append(1); d.append(2); d.appendleft(0); d.appendleft(-1)
print(d, d[0], d[-1], d[1], len(d))
d.extend([3, 4]); d.extendleft([-2, -3])
print(d)
print(d.pop(), d.popleft(), d)
d.rotate(2); print(d)
d.rotate(-3); print(d)
d.rotate(0); print(d)
print(d.count(2), 2 in d, 99 in d, d.index(2))
d.remove(2); print(d)
d.reverse(); print(d)
d[0] = 100; print(d)
del d[1]; print(d)
print(list(d), list(reversed(d)), d == deque(list(d)), d != deque())
d.insert(1, 7); print(d)
c = d.copy(); c.append(5); print(d, c)
d.clear(); print(d, len(d))
for f in [d.pop, d.popleft]:
    try:
        f()
    except IndexError as e:
        print("IndexError", e)
try:
    deque([1])[5]
except IndexError as e:
    print("IndexError", e)
try:
    deque([1, 2]).remove(9)
except ValueError as e:
    print("ValueError", e)
print(deque("abc") + deque("de"), deque([1, 2]) * 2, deque(range(5)) < deque(range(6)))
