# Stress (d): inline-cache sites shared by threads that pass instances of different
# classes (and layouts), so the sites flip between monomorphic, polymorphic and
# megamorphic states while other threads hit them. Sites: attribute load `o.x`,
# method call `o.m()`, attribute store `o.y = v`, a class-attribute load and a
# property; meanwhile a mutator thread keeps rebinding class attributes (invalidating
# caches). Invariant: every result is exact.
import threading
import time

import _stress

THREADS = 8
DURATION = 1.5
N = 4000

errors = []


def make_classes():
    classes = []
    # plain classes with x at different slot positions
    for k in range(6):
        def init(self, v, k=k):
            for j in range(k):
                setattr(self, "pad%d" % j, j)
            self.x = v
            self.y = 0

        def m(self, k=k):
            return self.x * 2 + k

        classes.append(type("P%d" % k, (object,), {"__init__": init, "m": m, "K": k}))

    # x as a property
    class Prop:
        K = 6

        def __init__(self, v):
            self._x = v
            self.y = 0

        @property
        def x(self):
            return self._x

        def m(self):
            return self._x * 2 + 6

    # x in __slots__
    class Slotted:
        __slots__ = ("x", "y")
        K = 7

        def __init__(self, v):
            self.x = v
            self.y = 0

        def m(self):
            return self.x * 2 + 7

    # subclass overriding m, x set in a different order
    class Sub(classes[2]):
        K = 8

        def __init__(self, v):
            self.y = 0
            self.x = v

        def m(self):
            return self.x * 2 + 8

    # x via __getattr__ fallback
    class Lazy:
        K = 9

        def __init__(self, v):
            self.v = v
            self.y = 0

        def __getattr__(self, name):
            if name == "x":
                return self.v
            raise AttributeError(name)

        def m(self):
            return self.v * 2 + 9

    return classes + [Prop, Slotted, Sub, Lazy]


CLASSES = make_classes()


def get_x(o):
    return o.x


def call_m(o):
    return o.m()


def set_y(o, v):
    o.y = v


def get_k(o):
    return type(o).K


def worker(t, out):
    # thread t cycles through the classes with a stride of its own, so the mix of
    # receivers each site sees keeps changing
    objs = [CLASSES[(t + s * (t % 3 + 1)) % len(CLASSES)](t * 1000 + s) for s in range(len(CLASSES))]
    total = 0
    expect = 0
    for i in range(N):
        o = objs[i % len(objs)] if (i // 500) % 2 == 0 else objs[t % len(objs)]
        v = get_x(o)
        r = call_m(o)
        set_y(o, i)
        k = get_k(o)
        if r != v * 2 + k:
            errors.append("thread %d: %s.m() = %r, x = %r, K = %r" % (t, type(o).__name__, r, v, k))
            return
        if o.y != i:
            errors.append("thread %d: %s.y = %r, expected %r" % (t, type(o).__name__, o.y, i))
            return
        total += v + r + k
        base = o.v if type(o).__name__ == "Lazy" else (o._x if type(o).__name__ == "Prop" else o.x)
        expect += base + (base * 2 + k) + k
    out[t] = (total, expect)


def mutator(stop):
    # Rebinding a class attribute (to the same value) bumps class versions and
    # invalidates caches while the workers run.
    while not stop.wait(0.002):
        for c in CLASSES:
            c.K = c.K


t0 = time.monotonic()
rounds = 0
while rounds < 3 or time.monotonic() - t0 < DURATION:
    out = [None] * THREADS
    ts = [threading.Thread(target=worker, args=(t, out)) for t in range(THREADS)]
    stop = threading.Event()
    mut = threading.Thread(target=mutator, args=(stop,))
    mut.start()
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    stop.set()
    mut.join()
    for t in range(THREADS):
        if out[t] is None:
            if not errors:
                errors.append("round %d thread %d: no result" % (rounds, t))
        elif out[t][0] != out[t][1]:
            errors.append("round %d thread %d: total %d, expected %d" % (rounds, t, out[t][0], out[t][1]))
    rounds += 1
    if errors:
        break

_stress.report(errors)
