# threading.Timer: runs once after the interval; cancel() prevents it.
import threading
import time

fired = []
t = threading.Timer(0.02, fired.append, args=["a"])
print(t.name, t.daemon)
t0 = time.monotonic()
t.start()
t.join()
print(fired, time.monotonic() - t0 >= 0.015, t.finished.is_set())

c = threading.Timer(5, fired.append, args=["never"])
c.start()
c.cancel()
c.join()
print(fired)

k = threading.Timer(0.01, lambda **kw: fired.append(sorted(kw.items())), kwargs={"x": 1, "y": 2})
k.start()
k.join()
print(fired)
print(isinstance(k, threading.Thread), k.is_alive())
