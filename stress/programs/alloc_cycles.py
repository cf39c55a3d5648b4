# Stress (e): 8 threads allocate continuously (many collections), building and
# dropping reference cycles: doubly linked rings of objects, self-referencing lists
# and dicts, closures capturing themselves, and garbage that survives a few rounds.
# Runs about 2 s. Invariants: every structure still holds exactly what was put in it
# when it is checked (a collection freed nothing live), and checksums are exact.
import threading
import time

import _stress

THREADS = 8
DURATION = 2.0

errors = []


class Node:
    def __init__(self, v):
        self.v = v
        self.next = None
        self.prev = None
        self.payload = [v, str(v), (v, v + 1)]


def ring(n, base):
    first = Node(base)
    cur = first
    for i in range(1, n):
        nx = Node(base + i)
        cur.next = nx
        nx.prev = cur
        cur = nx
    cur.next = first
    first.prev = cur
    return first


def check_ring(first, n, base):
    total = 0
    cur = first
    for i in range(n):
        if cur.v != base + i or cur.payload[1] != str(base + i) or cur.next.prev is not cur:
            return None
        total += cur.payload[2][1]
        cur = cur.next
    if cur is not first:
        return None
    return total


def closure_cycle(base):
    cell = []

    def f(k=base):
        return cell, k
    cell.append(f)     # f -> its cell -> cell list -> f
    return f


def worker(t, out):
    deadline = time.monotonic() + DURATION
    kept = []           # structures that live across iterations (then die)
    it = 0
    checksum = 0
    expect = 0
    while time.monotonic() < deadline or it < 20:
        base = t * 1000000 + it * 100
        r = ring(50, base)
        lst = [base, None]
        lst[1] = lst
        d = {"self": None, "v": base}
        d["self"] = d
        f = closure_cycle(base)
        kept.append((r, lst, d, f, base))
        if len(kept) > 8:
            r0, l0, d0, f0, b0 = kept.pop(0)
            s = check_ring(r0, 50, b0)
            if s is None:
                errors.append("thread %d: ring %d corrupted" % (t, b0))
                return
            if l0[1] is not l0 or l0[0] != b0 or d0["self"] is not d0 or d0["v"] != b0:
                errors.append("thread %d: self-cycles %d corrupted" % (t, b0))
                return
            c, k = f0()
            if k != b0 or c[0] is not f0:
                errors.append("thread %d: closure cycle %d corrupted" % (t, b0))
                return
            checksum += s
            expect += sum(b0 + i + 1 for i in range(50))
        # plain garbage: strings, tuples, dicts
        junk = [(i, "x%d" % i, {i: [i]}) for i in range(200)]
        if junk[199][2][199][0] != 199:
            errors.append("thread %d: junk corrupted" % t)
            return
        it += 1
    out[t] = (checksum, expect, it)


out = [None] * THREADS
ts = [threading.Thread(target=worker, args=(t, out)) for t in range(THREADS)]
for t in ts:
    t.start()
for t in ts:
    t.join()
for t in range(THREADS):
    if out[t] is None:
        if not errors:
            errors.append("thread %d: no result" % t)
    elif out[t][0] != out[t][1]:
        errors.append("thread %d: checksum %d, expected %d" % (t, out[t][0], out[t][1]))

_stress.report(errors)
