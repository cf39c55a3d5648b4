# Semaphore and BoundedSemaphore.
import threading
import time

s = threading.Semaphore(2)
print(s.acquire(), s.acquire(), s.acquire(False), s.acquire(timeout=0.02))
s.release()
print(s.acquire(blocking=False))
s.release(2)
print(s.acquire(False), s.acquire(False), s.acquire(False))
try:
    s.acquire(False, 1)
except ValueError as e:
    print("ValueError:", e)
try:
    s.release(0)
except ValueError as e:
    print("ValueError:", e)
try:
    threading.Semaphore(-1)
except ValueError as e:
    print("ValueError:", e)
s.release()
with s:
    print("in with", s.acquire(False))
print(s.acquire(False), s.acquire(False))
s.release()
s.release()
s.release()
print("unbounded release ok")

b = threading.BoundedSemaphore(2)
b.acquire()
b.release()
try:
    b.release()
except ValueError as e:
    print("ValueError:", e)
b.acquire()
b.acquire()
try:
    b.release(3)
except ValueError as e:
    print("ValueError:", e)
b.release(2)
print(isinstance(b, threading.Semaphore))

# at most 3 workers inside the semaphore at once
sem = threading.BoundedSemaphore(3)
lock = threading.Lock()
inside = [0]
peak = [0]
done = []


def work(i):
    with sem:
        with lock:
            inside[0] += 1
            peak[0] = max(peak[0], inside[0])
        time.sleep(0.01)
        with lock:
            inside[0] -= 1
            done.append(i)


ts = [threading.Thread(target=work, args=(i,)) for i in range(8)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("peak <= 3:", peak[0] <= 3, "inside:", inside[0], "done:", sorted(done))

# a release from another thread wakes a blocked acquire
s0 = threading.Semaphore(0)
t = threading.Thread(target=lambda: (time.sleep(0.02), s0.release()))
t.start()
print("woken:", s0.acquire(timeout=5))
t.join()
