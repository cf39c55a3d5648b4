# Stress (a): 8 threads append to one shared list while 4 threads iterate over it
# (`for x in lst`) and index into it, in rounds for about 1.5 s. Invariants: every
# element seen is a well-formed item, iteration never sees more than was appended,
# each appender's items keep their order, and the final length is exact.
import threading

import _stress

APPENDERS = 8
READERS = 4
PER_THREAD = 40000
DURATION = 1.5

errors = []


def run_round(rnd):
    lst = []
    done = threading.Event()
    start = threading.Barrier(APPENDERS + READERS)

    def appender(k):
        start.wait()
        app = lst.append
        for i in range(PER_THREAD):
            if i % 1000 == 999:
                lst.extend([(k, i)])
            else:
                app((k, i))

    def reader(r):
        start.wait()
        passes = 0
        while not done.is_set() or passes < 2:
            n = 0
            last = [-1] * APPENDERS
            for x in lst:
                if type(x) is not tuple or len(x) != 2:
                    errors.append("round %d reader %d: bad element %r" % (rnd, r, x))
                    return
                k, i = x
                if not (0 <= k < APPENDERS) or i <= last[k]:
                    errors.append("round %d reader %d: out of order %r after %r"
                                  % (rnd, r, x, last[k]))
                    return
                last[k] = i
                n += 1
            if n > APPENDERS * PER_THREAD:
                errors.append("round %d reader %d: saw %d items" % (rnd, r, n))
                return
            size = len(lst)
            if size:
                for j in (0, size // 3, size // 2, size - 1):
                    x = lst[j]
                    if type(x) is not tuple:
                        errors.append("round %d reader %d: lst[%d] = %r" % (rnd, r, j, x))
                        return
                if type(lst[-1]) is not tuple:
                    errors.append("round %d reader %d: lst[-1] is bad" % (rnd, r))
                    return
            passes += 1

    apps = [threading.Thread(target=appender, args=(k,)) for k in range(APPENDERS)]
    reads = [threading.Thread(target=reader, args=(r,)) for r in range(READERS)]
    for t in apps + reads:
        t.start()
    for t in apps:
        t.join()
    done.set()
    for t in reads:
        t.join()

    if len(lst) != APPENDERS * PER_THREAD:
        errors.append("round %d: final len %d, expected %d"
                      % (rnd, len(lst), APPENDERS * PER_THREAD))
    per = [[] for _ in range(APPENDERS)]
    for x in lst:
        per[x[0]].append(x[1])
    for k in range(APPENDERS):
        if per[k] != list(range(PER_THREAD)):
            errors.append("round %d appender %d: items lost or reordered (%d items)"
                          % (rnd, k, len(per[k])))


_stress.run_rounds(run_round, errors, DURATION)

_stress.report(errors)
