# Stress (c): 8 threads add attributes, each in its own order, to the same shared
# objects (`setattr(o, f"a{i}", i)`), and read them back, in rounds for about 1.5 s.
# Small objects stay below 32 attributes (shape mode); big ones pass 32 and switch to
# dictionary mode while other threads are adding. Invariant: no attribute is lost and
# every value read is the one stored.
import random
import threading

import _stress

THREADS = 8
OBJECTS = 48
DURATION = 1.5

errors = []


class Small:
    pass


class Big:
    def __init__(self):
        self.base = "b"


def run_round(rnd, cls, per_thread):
    objs = [cls() for _ in range(OBJECTS)]
    start = threading.Barrier(THREADS)

    def worker(t):
        rng = random.Random(rnd * 100 + t)
        names = [("a%d" % (t * per_thread + j), t * per_thread + j) for j in range(per_thread)]
        order = list(range(OBJECTS))
        start.wait()
        for rep in range(3):
            rng.shuffle(order)
            rng.shuffle(names)
            for oi in order:
                o = objs[oi]
                for name, val in names:
                    setattr(o, name, val)
                for name, val in names:
                    got = getattr(o, name, None)
                    if got != val:
                        errors.append("round %d thread %d: obj %d .%s = %r, expected %r"
                                      % (rnd, t, oi, name, got, val))
                        return
                if cls is Big and o.base != "b":
                    errors.append("round %d thread %d: obj %d .base = %r" % (rnd, t, oi, o.base))
                    return

    ts = [threading.Thread(target=worker, args=(t,)) for t in range(THREADS)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    total = THREADS * per_thread
    for oi, o in enumerate(objs):
        for i in range(total):
            got = getattr(o, "a%d" % i, None)
            if got != i:
                errors.append("round %d %s obj %d: .a%d = %r" % (rnd, cls.__name__, oi, i, got))
                return
        n = len([k for k in vars(o) if k.startswith("a")])
        if n != total:
            errors.append("round %d %s obj %d: %d attributes, expected %d"
                          % (rnd, cls.__name__, oi, n, total))
            return


def one_round(rnd):
    if rnd % 2 == 0:
        run_round(rnd, Small, 3)     # 24 attributes: stays in shape mode
    else:
        run_round(rnd, Big, 6)       # 48 attributes: switches to dictionary mode


_stress.run_rounds(one_round, errors, DURATION, min_rounds=4)

_stress.report(errors)
