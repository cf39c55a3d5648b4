# Stress (h): one thread deletes and re-adds some attributes of shared objects while
# other threads read (and store to) attributes that are never deleted, for about
# 1.5 s. Deleting an attribute changes the object's layout; readers must still see
# the right values. Invariant: every read of a never-deleted attribute is exact.
import threading
import time

import _stress

READERS = 6
OBJECTS = 16
DURATION = 1.5

errors = []
stop = threading.Event()


class Obj:
    def __init__(self, k):
        self.a = 1
        self.b = 2
        self.keep1 = ("keep1", k)
        self.c = 3
        self.keep2 = ("keep2", k)
        self.d = 4


objs = [Obj(k) for k in range(OBJECTS)]


def deleter():
    i = 0
    while not stop.is_set():
        o = objs[i % OBJECTS]
        if i % 3 == 0:
            del o.a, o.b
            o.a = 1
            o.b = 2
        elif i % 3 == 1:
            del o.c
            o.c = 3
        else:
            del o.d
            o.d = 4
        i += 1


def reader(r):
    n = 0
    while not stop.is_set():
        for k in range(OBJECTS):
            o = objs[k]
            v1 = o.keep1
            v2 = o.keep2
            if v1 != ("keep1", k) or v2 != ("keep2", k):
                errors.append("reader %d: obj %d keep1=%r keep2=%r" % (r, k, v1, v2))
                return
            g = getattr(o, "a", 1)
            if g != 1:
                errors.append("reader %d: obj %d a=%r" % (r, k, g))
                return
        n += 1


ts = [threading.Thread(target=reader, args=(r,), daemon=True) for r in range(READERS)]
d = threading.Thread(target=deleter, daemon=True)
for t in ts:
    t.start()
d.start()
time.sleep(DURATION)
stop.set()
for t in ts + [d]:
    t.join(30)
for k, o in enumerate(objs):
    if (o.a, o.b, o.keep1, o.c, o.keep2, o.d) != (1, 2, ("keep1", k), 3, ("keep2", k), 4):
        errors.append("obj %d ends as %r" % (k, vars(o)))

_stress.report(errors)
