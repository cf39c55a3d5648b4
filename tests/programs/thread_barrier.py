# Barrier: indices, action, reuse, broken barrier, abort, reset.
import threading

N = 4
actions = []
b = threading.Barrier(N, action=lambda: actions.append("action"))
print(b.parties, b.n_waiting, b.broken)
indices = []
lock = threading.Lock()


def party(rounds):
    for r in range(rounds):
        i = b.wait()
        with lock:
            indices.append((r, i))


ts = [threading.Thread(target=party, args=(3,)) for _ in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
for r in range(3):
    print("round", r, sorted(i for (rr, i) in indices if rr == r))
print(actions, b.broken, b.n_waiting)

# timeout breaks the barrier; later waiters get BrokenBarrierError
b2 = threading.Barrier(3)
out = []


def waiter(timeout):
    try:
        b2.wait(timeout)
        out.append("passed")
    except threading.BrokenBarrierError:
        out.append("broken")


t = threading.Thread(target=waiter, args=(5,))
t.start()
waiter(0.05)
t.join()
print(sorted(out), b2.broken)
try:
    b2.wait()
except threading.BrokenBarrierError as e:
    print("BrokenBarrierError", repr(e), isinstance(e, RuntimeError))
b2.reset()
print("after reset:", b2.broken)


# abort wakes waiters with BrokenBarrierError
b3 = threading.Barrier(3)
out3 = []
started = threading.Semaphore(0)


def w3():
    started.release()
    try:
        b3.wait()
        out3.append("passed")
    except threading.BrokenBarrierError:
        out3.append("broken")


ts = [threading.Thread(target=w3) for _ in range(2)]
for t in ts:
    t.start()
for _ in ts:
    started.acquire()
while b3.n_waiting < 2:
    pass
print("n_waiting:", b3.n_waiting)
b3.abort()
for t in ts:
    t.join()
print(out3, b3.broken)


# an action that raises breaks the barrier
def bad():
    raise ValueError("bad action")


b4 = threading.Barrier(2, action=bad)
out4 = []


def w4():
    try:
        b4.wait()
        out4.append("passed")
    except threading.BrokenBarrierError:
        out4.append("broken")
    except ValueError as e:
        out4.append("ValueError " + str(e))


ts = [threading.Thread(target=w4) for _ in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(out4), b4.broken)
print("single party:", threading.Barrier(1).wait(), threading.Barrier(1, timeout=0.01).wait())
