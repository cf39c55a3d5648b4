# Lock and RLock semantics.
import threading
import time

lock = threading.Lock()
print(type(lock).__name__, lock.locked())
print(lock.acquire(), lock.locked())
print(lock.acquire(False))
print(lock.acquire(blocking=False))
t0 = time.monotonic()
print(lock.acquire(True, 0.05))
print(lock.acquire(timeout=0.02))
print(time.monotonic() - t0 >= 0.06)
lock.release()
print(lock.locked())
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError:", e)
with lock:
    print("in with", lock.locked())
print("after with", lock.locked())
print(lock.__enter__(), lock.locked())
lock.__exit__(None, None, None)
print(lock.locked())
try:
    lock.acquire(False, 1)
except ValueError as e:
    print("ValueError:", e)
try:
    lock.acquire(True, -5)
except ValueError as e:
    print("ValueError:", e)

# a lock acquired in one thread can be released in another
lock.acquire()
t = threading.Thread(target=lock.release)
t.start()
t.join()
print("released by other thread:", lock.locked())

# blocking acquire waits for another thread's release
lock.acquire()
order = []


def releaser():
    time.sleep(0.05)
    order.append("release")
    lock.release()


t = threading.Thread(target=releaser)
t.start()
lock.acquire()
order.append("acquired")
t.join()
lock.release()
print(order)

# contended acquire with timeout fails
lock.acquire()
res = []
t = threading.Thread(target=lambda: res.append(lock.acquire(True, 0.05)))
t.start()
t.join()
lock.release()
print("other thread timeout:", res)

# RLock
r = threading.RLock()
print(r.acquire(), r.acquire(), r.acquire(False))
print(r._is_owned())
r.release()
r.release()
print(r._is_owned())
r.release()
print(r._is_owned())
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError:", e)
with r:
    with r:
        print("nested with ok")
# RLock held by another thread cannot be acquired/released here
r.acquire()
res = []


def other():
    res.append(r.acquire(False))
    res.append(r.acquire(True, 0.03))
    try:
        r.release()
    except RuntimeError as e:
        res.append(str(e))


t = threading.Thread(target=other)
t.start()
t.join()
print(res)
r.release()
t = threading.Thread(target=lambda: res.append(r.acquire(False)))
t.start()
t.join()
print(res[-1])
# the RLock is now owned by a finished thread: still not ours
print(r._is_owned(), r.acquire(False))
print(threading.TIMEOUT_MAX > 1000, threading.ThreadError is RuntimeError)
