# Stress (g): threads start and end continuously for about 1.5 s (at least 2000
# short threads) in waves of 8
# (each increments a shared counter under a Lock and touches a thread-local), plus
# threads that start threads, and threads that are never joined (left to end on
# their own). Invariants: the count is exact, every thread's ident was valid while it
# ran, thread-local values never leak between threads, and active_count() drops back
# to 1 at the end.
import threading
import time

import _stress

WAVES = 250       # at least 2000 threads
DURATION = 1.5    # and at least this long
WAVE = 8
errors = []
lock = threading.Lock()
counter = [0]
idents = set()
tls = threading.local()


def short(n):
    if hasattr(tls, "n"):
        errors.append("thread %d sees a thread-local value %r" % (n, tls.n))
    tls.n = n
    me = threading.current_thread()
    ident = threading.get_ident()
    if me.ident != ident:
        errors.append("thread %d: current_thread().ident %r != get_ident() %r" % (n, me.ident, ident))
    x = 0
    for i in range(50):
        x += i
    with lock:
        counter[0] += 1
        idents.add(ident)
    if tls.n != n or x != 1225:
        errors.append("thread %d: tls %r, x %r" % (n, tls.n, x))


def spawner(n):
    kids = [threading.Thread(target=short, args=(n * 100 + k,)) for k in range(2)]
    for k in kids:
        k.start()
    for k in kids:
        k.join()
    with lock:
        counter[0] += 1


t0 = time.monotonic()
n = 0
w = 0
while w < WAVES or time.monotonic() - t0 < DURATION:
    wave = []
    for i in range(WAVE):
        if i == 0 and w % 10 == 0:
            t = threading.Thread(target=spawner, args=(n,))   # 1 + 2 increments
        else:
            t = threading.Thread(target=short, args=(n,))
        n += 1
        t.start()
        if i % 4 != 3:
            wave.append(t)
        # every fourth thread is not joined here: the next waves overlap with it
    for t in wave:
        t.join()
    w += 1
    if errors:
        break

# wait for the unjoined ones
deadline = time.monotonic() + 30
while threading.active_count() > 1 and time.monotonic() < deadline:
    time.sleep(0.005)

expected = w * WAVE + 2 * ((w + 9) // 10)
if counter[0] != expected:
    errors.append("counter %d, expected %d" % (counter[0], expected))
if threading.active_count() != 1:
    errors.append("active_count() = %d at the end: %r" % (threading.active_count(), threading.enumerate()))
if threading.enumerate() != [threading.main_thread()]:
    errors.append("enumerate() = %r" % threading.enumerate())
if not idents:
    errors.append("no idents recorded")

_stress.report(errors)
