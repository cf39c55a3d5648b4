# queue Empty/Full exceptions, nowait and timeouts.
import queue
import threading
import time

q = queue.Queue(1)
try:
    q.get_nowait()
except queue.Empty as e:
    print("Empty", repr(e), isinstance(e, Exception))
try:
    q.get(False)
except queue.Empty:
    print("Empty (block=False)")
t0 = time.monotonic()
try:
    q.get(timeout=0.05)
except queue.Empty:
    print("Empty after timeout", time.monotonic() - t0 >= 0.04)
q.put(1)
try:
    q.put_nowait(2)
except queue.Full as e:
    print("Full", repr(e))
try:
    q.put(2, block=False)
except queue.Full:
    print("Full (block=False)")
t0 = time.monotonic()
try:
    q.put(2, timeout=0.05)
except queue.Full:
    print("Full after timeout", time.monotonic() - t0 >= 0.04)
try:
    q.put(2, timeout=-1)
except ValueError as e:
    print("ValueError:", e)
print(q.get(timeout=-1) if False else q.get(), q.qsize())
try:
    q.get(timeout=-1)
except ValueError as e:
    print("ValueError:", e)

# get with timeout succeeds when another thread puts in time
q2 = queue.Queue()
t = threading.Thread(target=lambda: (time.sleep(0.02), q2.put("late")))
t.start()
print(q2.get(timeout=5))
t.join()

# put with timeout succeeds when another thread gets in time
q3 = queue.Queue(1)
q3.put("x")
t = threading.Thread(target=lambda: (time.sleep(0.02), q3.get()))
t.start()
q3.put("y", timeout=5)
t.join()
print(q3.get_nowait(), q3.empty())

sq = queue.SimpleQueue()
try:
    sq.get(timeout=0.02)
except queue.Empty:
    print("SimpleQueue Empty")
try:
    sq.get_nowait()
except queue.Empty:
    print("SimpleQueue Empty nowait")
lq = queue.LifoQueue(maxsize=1)
lq.put(1)
try:
    lq.put(2, timeout=0.01)
except queue.Full:
    print("LifoQueue Full")
print(issubclass(queue.Empty, Exception), issubclass(queue.Full, Exception))

# join returns at once when no task is pending
q4 = queue.Queue()
q4.join()
q4.put(1)
q4.get()
q4.task_done()
q4.join()
print("joined")
