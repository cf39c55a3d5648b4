# Stress (b): 8 threads insert distinct keys (ints, strs and tuples) into one shared
# dict while 2 threads read it (get, `in`, iteration, len) through all the resizes,
# in rounds for about 1.5 s. Invariants: every inserted key is present with its value,
# nothing else is, and readers never see a wrong value.
import threading

import _stress

WRITERS = 8
READERS = 2
PER_THREAD = 12000
DURATION = 1.5

errors = []


def key_of(k, i):
    m = i % 3
    if m == 0:
        return k * 1000003 + i
    if m == 1:
        return "k%d-%d" % (k, i)
    return (k, i)


def run_round(rnd):
    d = {}
    done = threading.Event()
    start = threading.Barrier(WRITERS + READERS)

    def writer(k):
        start.wait()
        for i in range(PER_THREAD):
            d[key_of(k, i)] = (k, i)
        # every key this thread wrote must be visible to it right away
        for i in range(0, PER_THREAD, 7):
            v = d.get(key_of(k, i))
            if v != (k, i):
                errors.append("round %d writer %d: d[%r] = %r" % (rnd, k, key_of(k, i), v))
                return

    def reader(r):
        start.wait()
        passes = 0
        while not done.is_set() or passes < 2:
            for k in range(WRITERS):
                for i in range(0, PER_THREAD, 97):
                    v = d.get(key_of(k, i))
                    if v is not None and v != (k, i):
                        errors.append("round %d reader %d: d[%r] = %r"
                                      % (rnd, r, key_of(k, i), v))
                        return
            try:
                n = 0
                for key in d:
                    n += 1
            except RuntimeError:
                # "dictionary changed size during iteration" is the expected outcome
                pass
            if len(d) > WRITERS * PER_THREAD:
                errors.append("round %d reader %d: len %d" % (rnd, r, len(d)))
                return
            passes += 1

    ws = [threading.Thread(target=writer, args=(k,)) for k in range(WRITERS)]
    rs = [threading.Thread(target=reader, args=(r,)) for r in range(READERS)]
    for t in ws + rs:
        t.start()
    for t in ws:
        t.join()
    done.set()
    for t in rs:
        t.join()

    if len(d) != WRITERS * PER_THREAD:
        errors.append("round %d: len %d, expected %d" % (rnd, len(d), WRITERS * PER_THREAD))
    missing = 0
    for k in range(WRITERS):
        for i in range(PER_THREAD):
            key = key_of(k, i)
            if key not in d or d[key] != (k, i):
                missing += 1
                if missing <= 5:
                    errors.append("round %d: key %r missing or wrong: %r"
                                  % (rnd, key, d.get(key)))
    if missing:
        errors.append("round %d: %d keys missing or wrong" % (rnd, missing))
    n = 0
    for key, v in d.items():
        if key_of(v[0], v[1]) != key:
            errors.append("round %d: item %r: %r" % (rnd, key, v))
            break
        n += 1
    if n != len(d):
        errors.append("round %d: items() gave %d of %d" % (rnd, n, len(d)))


_stress.run_rounds(run_round, errors, DURATION)

_stress.report(errors)
