# threading.local: per-thread attributes, subclasses with __init__, __dict__.
import threading

data = threading.local()
data.x = "main"
results = {}
lock = threading.Lock()


def worker(i):
    has = hasattr(data, "x")
    data.x = i
    data.y = [i] * i
    for _ in range(100):
        data.x += 1
    with lock:
        results[i] = (has, data.x, data.y, sorted(data.__dict__))


ts = [threading.Thread(target=worker, args=(i,)) for i in range(5)]
for t in ts:
    t.start()
for t in ts:
    t.join()
for i in sorted(results):
    print(i, results[i])
print("main sees:", data.x, hasattr(data, "y"), data.__dict__)
try:
    data.y
except AttributeError as e:
    print("AttributeError:", e)
del data.x
print(hasattr(data, "x"))
try:
    del data.x
except AttributeError as e:
    print("AttributeError:", e)


class MyLocal(threading.local):
    initial = "class attr"

    def __init__(self, color, size=1):
        self.color = color
        self.size = size
        self.inits = getattr(self, "inits", 0) + 1

    def describe(self):
        return "%s/%s/%s" % (self.color, self.size, self.inits)

    @property
    def double(self):
        return self.size * 2


ml = MyLocal("red", size=3)
ml.size = 10
out = []


def sub():
    a = ml.describe()
    ml.size = 5
    out.append((a, ml.describe(), ml.double, ml.initial))


t = threading.Thread(target=sub)
t.start()
t.join()
print(out)
print(ml.describe(), ml.double, ml.initial, type(ml).__name__, isinstance(ml, threading.local))
try:
    threading.local(1)
except TypeError as e:
    print("TypeError:", e)

# the same thread sees the same dict; locals are independent objects
l1, l2 = threading.local(), threading.local()
l1.v = 1
l2.v = 2
print(l1.v, l2.v)


def sees():
    l1.v = "t"
    out.append((l1.v, hasattr(l2, "v")))


t = threading.Thread(target=sees)
t.start()
t.join()
print(out[-1], l1.v, l2.v)
