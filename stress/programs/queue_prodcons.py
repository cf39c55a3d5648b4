# Stress (f): locks, conditions and queues. 6 producers and 6 consumers pass numbered
# items through a small bounded queue.Queue (so both sides block); consumers add to
# totals under a Lock, an RLock-protected counter, and a Semaphore-limited section;
# queue.join()/task_done() and a LifoQueue/PriorityQueue/SimpleQueue pass run too.
# About 1.5 s. Invariant: sums and counts are exact.
import queue
import threading
import time

import _stress

PRODUCERS = 6
CONSUMERS = 6
PER_PRODUCER = 3000
DURATION = 1.5

errors = []


def run_round(rnd, qclass):
    q = qclass(maxsize=16)
    totals = {"sum": 0, "count": 0}
    lock = threading.Lock()
    rlock = threading.RLock()
    rcount = [0]
    sem = threading.BoundedSemaphore(2)
    inside = [0]
    seen = [0] * (PRODUCERS * PER_PRODUCER)

    def producer(p):
        for i in range(PER_PRODUCER):
            n = p * PER_PRODUCER + i
            item = (n, n * 3) if qclass is not queue.PriorityQueue else (n % 97, n, n * 3)
            q.put(item)

    def consumer(c):
        try:
            consume(c)
        except BaseException as e:
            errors.append("round %d consumer %d: %s: %s" % (rnd, c, type(e).__name__, e))

    def consume(c):
        while True:
            item = q.get()
            if item is None or item[-1] is None:
                q.task_done()
                return
            if len(item) == 3:
                item = item[1:]
            n, v = item
            if v != n * 3:
                errors.append("round %d consumer %d: bad item %r" % (rnd, c, item))
            with lock:
                totals["sum"] += v
                totals["count"] += 1
                seen[n] += 1
            with rlock:
                with rlock:
                    rcount[0] += 1
            if n % 50 == 0:
                with sem:
                    with lock:
                        inside[0] += 1
                        if inside[0] > 2:
                            errors.append("round %d: %d threads inside the semaphore" % (rnd, inside[0]))
                    with lock:
                        inside[0] -= 1
            q.task_done()

    cs = [threading.Thread(target=consumer, args=(c,), daemon=True) for c in range(CONSUMERS)]
    ps = [threading.Thread(target=producer, args=(p,)) for p in range(PRODUCERS)]
    for t in cs + ps:
        t.start()
    for t in ps:
        t.join()
    # q.join(), with a deadline in case a consumer died
    deadline = time.monotonic() + 60
    with q.all_tasks_done:
        while q.unfinished_tasks and not errors:
            if not q.all_tasks_done.wait(deadline - time.monotonic()):
                errors.append("round %d: q.join() timed out, %d tasks unfinished" % (rnd, q.unfinished_tasks))
                break
    if errors:
        return
    total_items = PRODUCERS * PER_PRODUCER
    if totals["count"] != total_items:
        errors.append("round %d: count %d after join(), expected %d" % (rnd, totals["count"], total_items))
    for _ in cs:
        # sentinels sort last in a PriorityQueue
        q.put((float("inf"), None, None) if qclass is queue.PriorityQueue else None)
    for t in cs:
        t.join(10)
        if t.is_alive():
            errors.append("round %d: a consumer did not stop" % rnd)
    expect_sum = sum(3 * n for n in range(total_items))
    if totals["sum"] != expect_sum:
        errors.append("round %d (%s): sum %d, expected %d" % (rnd, qclass.__name__, totals["sum"], expect_sum))
    if rcount[0] != total_items:
        errors.append("round %d: rlock count %d" % (rnd, rcount[0]))
    bad = [n for n in range(total_items) if seen[n] != 1]
    if bad:
        errors.append("round %d: %d items not seen exactly once, e.g. %r" % (rnd, len(bad), bad[:5]))


def simple_round(rnd):
    sq = queue.SimpleQueue()
    got = []
    lock = threading.Lock()

    def prod(p):
        for i in range(PER_PRODUCER):
            sq.put(p * PER_PRODUCER + i)

    def cons():
        while True:
            x = sq.get()
            if x is None:
                return
            with lock:
                got.append(x)

    cs = [threading.Thread(target=cons, daemon=True) for _ in range(CONSUMERS)]
    ps = [threading.Thread(target=prod, args=(p,)) for p in range(PRODUCERS)]
    for t in cs + ps:
        t.start()
    for t in ps:
        t.join()
    for _ in cs:
        sq.put(None)
    for t in cs:
        t.join()
    if sorted(got) != list(range(PRODUCERS * PER_PRODUCER)):
        errors.append("round %d SimpleQueue: %d items, wrong set" % (rnd, len(got)))


kinds = [queue.Queue, queue.LifoQueue, queue.PriorityQueue, None]


def one_round(rnd):
    k = kinds[rnd % len(kinds)]
    if k is None:
        simple_round(rnd)
    else:
        run_round(rnd, k)


_stress.run_rounds(one_round, errors, DURATION, min_rounds=4)

_stress.report(errors)
