# Stress (classes): 4 threads each rebind their own class attribute C.a<k> to 0, 1, 2,
# ... while 2 threads read it through instances of a subclass and through the subclass
# itself (attribute and method-lookup caches keyed by class versions), one thread
# defines and deletes C.__getattr__ over and over, and one creates subclasses of C.
# Meanwhile 4 threads set attributes on one shared function (racing the creation of its
# attribute dict). In rounds for about 1.5 s. Invariants: a reader never sees an
# attribute go back to an older value, a new subclass sees at least the values set
# before it was created, and at the end every cache agrees with the class dicts (the
# last values, and __getattr__ used exactly when it is defined).
import threading

import _stress

SETTERS = 4
N = 1500
READERS = 2
DURATION = 1.5

errors = []


def run_round(rnd):
    class C:
        def m(self):
            return 1

    class D(C):
        pass

    for k in range(SETTERS):
        setattr(C, "a%d" % k, -1)
    d = D()
    done = threading.Event()
    start = threading.Barrier(SETTERS + READERS + 2 + 4)

    def setter(k):
        start.wait()
        name = "a%d" % k
        for i in range(N):
            setattr(C, name, i)

    def reader(r):
        start.wait()
        last = [-1] * SETTERS
        passes = 0
        while not done.is_set() or passes < 2:
            for k in range(SETTERS):
                v = getattr(d, "a%d" % k)
                w = getattr(D, "a%d" % k)
                if v < last[k] or w < v:
                    errors.append("round %d reader %d: a%d went %d -> %d (class %d)"
                                  % (rnd, r, k, last[k], v, w))
                    return
                last[k] = v
            if d.m() != 1:
                errors.append("round %d reader %d: method lookup broke" % (rnd, r))
                return
            passes += 1

    def toggler():
        start.wait()
        for i in range(300):
            C.__getattr__ = lambda self, name: "dyn"
            if D().missing != "dyn":
                errors.append("round %d: __getattr__ defined but not used" % rnd)
                return
            del C.__getattr__
        C.__getattr__ = lambda self, name: "final"

    subs = []

    def subclasser():
        start.wait()
        for i in range(100):
            before = C.a0
            X = type("X%d" % i, (C,), {})
            if X.a0 < before or X().a0 < before:
                errors.append("round %d: subclass saw a0 %d < %d" % (rnd, X.a0, before))
                return
            subs.append(X)

    def f():
        pass

    def func_attrs(t):
        start.wait()
        for i in range(200):
            setattr(f, "t%d_%d" % (t, i), i)

    ts = [threading.Thread(target=setter, args=(k,)) for k in range(SETTERS)]
    ts += [threading.Thread(target=toggler), threading.Thread(target=subclasser)]
    ts += [threading.Thread(target=func_attrs, args=(t,)) for t in range(4)]
    rs = [threading.Thread(target=reader, args=(r,)) for r in range(READERS)]
    for t in ts + rs:
        t.start()
    for t in ts:
        t.join()
    done.set()
    for t in rs:
        t.join()

    for k in range(SETTERS):
        name = "a%d" % k
        for obj, what in ((C, "C"), (D, "D"), (d, "d"), (D(), "D()")):
            if getattr(obj, name) != N - 1:
                errors.append("round %d: %s.%s = %r" % (rnd, what, name, getattr(obj, name)))
        for X in subs[-3:]:
            if getattr(X(), name) != N - 1:
                errors.append("round %d: %s().%s stale" % (rnd, X.__name__, name))
    if d.zzz != "final" or D().zzz != "final" or subs and subs[-1]().zzz != "final":
        errors.append("round %d: final __getattr__ not used" % rnd)
    del C.__getattr__
    try:
        d.zzz
        errors.append("round %d: deleted __getattr__ still used" % rnd)
    except AttributeError:
        pass
    missing = [(t, i) for t in range(4) for i in range(200)
               if getattr(f, "t%d_%d" % (t, i), None) != i]
    if missing:
        errors.append("round %d: %d function attributes lost, e.g. %r"
                      % (rnd, len(missing), missing[:3]))
    if len(f.__dict__) != 800:
        errors.append("round %d: function dict has %d entries" % (rnd, len(f.__dict__)))


_stress.run_rounds(run_round, errors, DURATION)

_stress.report(errors)
