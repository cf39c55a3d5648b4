# deque.rotate by short and long distances (moved end to end, or rebuilt) and set.pop
# until empty: CPython results.
from collections import deque
d = deque(range(10))
for k in (1, 3, -2, 9, 10, 11, -11, 0, 5, 33, -40):
    d.rotate(k)
    print(k, list(d))
m = deque(range(5), maxlen=5)
m.rotate(2); print(m, m.maxlen)
big = deque(range(100)); big.rotate(50); big.rotate(-70); big.rotate(98)
print(list(big)[:6], len(big))
e = deque(); e.rotate(5); print(e)
s = set(range(50)); out = [s.pop() for _ in range(20)]; print(sorted(out) == sorted(set(range(50)) - s), len(s))
s.update(range(100, 110)); print(sorted(s)[:5], len([s.pop() for _ in range(len(s))]), s)
