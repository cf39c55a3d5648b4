# Subclassing Thread and overriding run / __init__.
import threading


class Squarer(threading.Thread):
    def __init__(self, values):
        super().__init__()
        self.values = values
        self.out = None

    def run(self):
        self.out = [v * v for v in self.values]


class Named(threading.Thread):
    def run(self):
        self.result = (self.name, self._target is None if hasattr(self, "_target") else None)


class WithTarget(threading.Thread):
    # run() not overridden: the target runs
    pass


class Broken(threading.Thread):
    def __init__(self):
        pass


ts = [Squarer(range(i, i + 3)) for i in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print([t.out for t in ts])
print([t.name for t in ts])
print(repr(ts[0]).split("(")[0], type(ts[0]).__name__, isinstance(ts[0], threading.Thread))

n = Named(name="nm")
n.start()
n.join()
print(n.result[0])

box = []
w = WithTarget(target=box.append, args=(7,))
w.start()
w.join()
print(box, w.name)

b = Broken()
try:
    b.start()
except RuntimeError as e:
    print("RuntimeError:", e)


class Counter(threading.Thread):
    def __init__(self, n, lock, shared):
        threading.Thread.__init__(self, name="counter-%d" % n, daemon=False)
        self.n = n
        self.lock = lock
        self.shared = shared

    def run(self):
        for _ in range(100):
            with self.lock:
                self.shared[0] += self.n


lock = threading.Lock()
shared = [0]
cs = [Counter(i, lock, shared) for i in range(1, 5)]
for c in cs:
    c.start()
for c in cs:
    c.join()
print(shared[0], [c.name for c in cs], [c.is_alive() for c in cs])
