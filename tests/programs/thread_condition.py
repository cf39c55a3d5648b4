# Condition: producer/consumer, wait timeouts, wait_for, notify(n), notify_all, errors.
import threading
import time

cond = threading.Condition()
items = []
consumed = []
DONE = object()


def producer(base):
    for i in range(20):
        with cond:
            items.append(base + i)
            cond.notify()


def consumer():
    while True:
        with cond:
            while not items:
                cond.wait()
            x = items.pop(0)
            if x is DONE:
                items.append(DONE)
                cond.notify_all()
                return
            consumed.append(x)


cons = [threading.Thread(target=consumer) for _ in range(3)]
prods = [threading.Thread(target=producer, args=(100 * k,)) for k in range(3)]
for t in cons + prods:
    t.start()
for t in prods:
    t.join()
with cond:
    items.append(DONE)
    cond.notify_all()
for t in cons:
    t.join()
print(len(consumed), sorted(consumed) == sorted(100 * k + i for k in range(3) for i in range(20)))

# wait with timeout returns False when nobody notifies
c2 = threading.Condition(threading.Lock())
with c2:
    t0 = time.monotonic()
    print("wait timeout:", c2.wait(0.05), time.monotonic() - t0 >= 0.04)
    print("wait(0):", c2.wait(0))

# wait_for
state = {"n": 0}


def bump():
    for _ in range(5):
        time.sleep(0.005)
        with c2:
            state["n"] += 1
            c2.notify_all()


t = threading.Thread(target=bump)
t.start()
with c2:
    print("wait_for:", c2.wait_for(lambda: state["n"] >= 5, timeout=5))
t.join()
with c2:
    print("wait_for timeout:", c2.wait_for(lambda: state["n"] > 100, timeout=0.03))
    print("wait_for value:", c2.wait_for(lambda: state["n"] * 2))

# notify(n) wakes exactly n waiters
c3 = threading.Condition()
woken = []
ready = threading.Semaphore(0)


def waiter(i):
    with c3:
        ready.release()
        if c3.wait(2):
            woken.append(i)


ws = [threading.Thread(target=waiter, args=(i,)) for i in range(4)]
for w in ws:
    w.start()
for _ in ws:
    ready.acquire()
with c3:
    print("waiters:", len(c3._waiters))
    c3.notify(2)
deadline = time.monotonic() + 5
while time.monotonic() < deadline:
    with c3:
        if len(woken) >= 2:
            break
    time.sleep(0.005)
time.sleep(0.03)
with c3:
    print("woken after notify(2):", len(woken), len(c3._waiters))
    c3.notify_all()
for w in ws:
    w.join()
print("woken after notify_all:", sorted(woken))

# errors: wait/notify without holding the lock
for name, fn in (("wait", lambda: c3.wait(0.01)), ("notify", c3.notify), ("notify_all", c3.notify_all)):
    try:
        fn()
    except RuntimeError as e:
        print(name, "RuntimeError:", e)

# Condition over an RLock held recursively: wait releases it completely
rl = threading.RLock()
c4 = threading.Condition(rl)
flag = []


def setter():
    with c4:
        flag.append(1)
        c4.notify()


with c4:
    with c4:
        t = threading.Thread(target=setter)
        t.start()
        print("recursive wait:", c4.wait_for(lambda: flag, 5))
t.join()
print(rl._is_owned(), rl.acquire(False))
rl.release()
