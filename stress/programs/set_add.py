# Stress (set): 8 threads add to one shared set -- half of each thread's items are its
# own (ints, strs, tuples, and objects with a Python __eq__/__hash__), half are shared
# with every other thread -- while 2 threads read it (`in`, len, iteration, copies)
# through all the resizes, and 2 more threads add then discard their own scratch items.
# In rounds for about 1.5 s. Invariants: exactly the added items are present (each
# once), the scratch items are gone, and readers never see a foreign element or a
# missing item that was added before they started.
import threading

import _stress

WRITERS = 8
READERS = 2
CHURNERS = 2
PER_THREAD = 3000
SHARED = 1500
DURATION = 1.5

errors = []


class Key:
    """Compared and hashed in Python: lookups call __eq__ outside the table's probe."""

    __slots__ = ("a", "b")

    def __init__(self, a, b):
        self.a = a
        self.b = b

    def __eq__(self, other):
        return isinstance(other, Key) and self.a == other.a and self.b == other.b

    def __hash__(self):
        # Few distinct hashes: many equal-hash candidates per probe.
        return hash((self.a % 7, self.b % 5))


def own(k, i):
    m = i % 4
    if m == 0:
        return k * 1000003 + i
    if m == 1:
        return "k%d-%d" % (k, i)
    if m == 2:
        return (k, i)
    return Key(k, i)


def shared(i):
    return ("shared", i) if i % 2 else -i - 1


def expected():
    want = set()
    for k in range(WRITERS):
        for i in range(PER_THREAD):
            want.add(own(k, i))
    for i in range(SHARED):
        want.add(shared(i))
    return want


def run_round(rnd, want):
    s = set()
    done = threading.Event()
    start = threading.Barrier(WRITERS + READERS + CHURNERS)
    # Present before anyone starts: readers must always find these.
    early = [shared(i) for i in range(0, SHARED, 50)]
    s.update(early)

    def writer(k):
        start.wait()
        for i in range(PER_THREAD):
            s.add(own(k, i))
            if i % 2 == 0:
                s.add(shared((i // 2 + k * 97) % SHARED))
        for i in range(0, PER_THREAD, 11):
            if own(k, i) not in s:
                errors.append("round %d writer %d: %r missing right after add" % (rnd, k, own(k, i)))
                return

    def churner(c):
        start.wait()
        for i in range(2000):
            x = ("scratch", c, i)
            s.add(x)
            if x not in s:
                errors.append("round %d churner %d: %r missing" % (rnd, c, x))
                return
            s.discard(x)
            if i % 3 == 0:
                s.add(Key(-c - 1, i))
                s.remove(Key(-c - 1, i))

    def reader(r):
        start.wait()
        passes = 0
        while not done.is_set() or passes < 2:
            for x in early:
                if x not in s:
                    errors.append("round %d reader %d: early %r missing" % (rnd, r, x))
                    return
            try:
                for x in s:
                    if not (x in want or (type(x) is tuple and x[0] == "scratch")
                            or (type(x) is Key and x.a < 0)):
                        errors.append("round %d reader %d: foreign %r" % (rnd, r, x))
                        return
            except RuntimeError:
                # "Set changed size during iteration" is the expected outcome
                pass
            c = s.copy()
            if len(c) > len(want) + 2 * CHURNERS:
                errors.append("round %d reader %d: copy of len %d" % (rnd, r, len(c)))
                return
            passes += 1

    ts = [threading.Thread(target=writer, args=(k,)) for k in range(WRITERS)]
    ts += [threading.Thread(target=churner, args=(c,)) for c in range(CHURNERS)]
    rs = [threading.Thread(target=reader, args=(r,)) for r in range(READERS)]
    for t in ts + rs:
        t.start()
    for t in ts:
        t.join()
    done.set()
    for t in rs:
        t.join()

    # Every shared item some writer added, plus all own items.
    added = set(early)
    for k in range(WRITERS):
        for i in range(0, PER_THREAD, 2):
            added.add(shared((i // 2 + k * 97) % SHARED))
        for i in range(PER_THREAD):
            added.add(own(k, i))
    if len(s) != len(added):
        errors.append("round %d: len %d, expected %d" % (rnd, len(s), len(added)))
    if s != added:
        extra = [x for x in s if x not in added][:5]
        missing = [x for x in added if x not in s][:5]
        errors.append("round %d: extra %r missing %r" % (rnd, extra, missing))
    n = 0
    for x in s:
        n += 1
    if n != len(s):
        errors.append("round %d: iteration gave %d of %d" % (rnd, n, len(s)))


want = expected()
_stress.run_rounds(lambda rnd: run_round(rnd, want), errors, DURATION)

_stress.report(errors)
