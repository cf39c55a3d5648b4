from collections import deque
d = deque(maxlen=3)
for i in range(6):
    d.append(i)
    print(d)
d.appendleft(-1); print(d)
d.extend([10, 11]); print(d)
d.extendleft([20, 21]); print(d, d.maxlen)
print(deque(range(10), 4), deque(maxlen=0), deque().maxlen)
e = deque([1, 2], maxlen=2)
try:
    e.insert(0, 5)
except IndexError as ex:
    print("IndexError", ex)
try:
    deque(maxlen=-1)
except ValueError as ex:
    print("ValueError", ex)
last3 = deque(maxlen=3)
for line in ["a", "b", "c", "d", "e"]:
    last3.append(line)
print(list(last3))
