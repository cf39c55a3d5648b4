# Thread basics: target/args/kwargs, names, ident, is_alive, join, daemon, repr.
import threading
import time

results = {}


def worker(key, n, scale=1):
    total = 0
    for i in range(n):
        total += i * scale
    results[key] = total


def show(t):
    r = repr(t)
    if t.ident is not None:
        r = r.replace(str(t.ident), "IDENT")
    return r


t1 = threading.Thread(target=worker, args=("a", 10))
t2 = threading.Thread(target=worker, args=("b", 20), kwargs={"scale": 3})
t3 = threading.Thread(target=worker, args=("c", 5), name="custom")
t4 = threading.Thread(target=worker, args=("d", 4), daemon=True)
t5 = threading.Thread()
print(t1.name, "|", t2.name, "|", t3.name, "|", t4.name, "|", t5.name)
print(show(t1))
print(show(t4))
print(t1.ident, t1.native_id, t1.is_alive(), t1.daemon, t4.daemon)
for t in (t1, t2, t3, t4, t5):
    t.start()
for t in (t1, t2, t3, t4, t5):
    t.join()
print(sorted(results.items()))
for t in (t1, t2, t3, t4, t5):
    print(show(t), t.is_alive(), type(t.ident).__name__, t.ident == t.native_id or t.native_id is not None)
print(len({t1.ident, t2.ident, t3.ident} | {threading.get_ident()}) >= 2)

# is_alive while running, join with timeout
ev = threading.Event()
t6 = threading.Thread(target=ev.wait, name="waiter")
t6.start()
print("alive while waiting:", t6.is_alive())
t6.join(0.05)
print("alive after join(0.05):", t6.is_alive())
print(show(t6))
ev.set()
t6.join()
print("alive after set:", t6.is_alive())
print(show(t6))

# errors
try:
    t1.start()
except RuntimeError as e:
    print("RuntimeError:", e)
t7 = threading.Thread(target=worker, args=("e", 3))
try:
    t7.join()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    threading.current_thread().join()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    t1.daemon = True
except RuntimeError as e:
    print("RuntimeError:", e)
t7.daemon = True
print(t7.daemon, show(t7))
t7.name = "renamed"
print(t7.name, show(t7))
t8 = threading.Thread(target=worker, name="")
print(t8.name)
t9 = threading.Thread(target=lambda: None)
print(t9.name)
t10 = threading.Thread(target=print, args=("hello from thread",))
t10.start()
t10.join()
print(t10.name)
print(threading.Thread(name=42).name, type(threading.Thread(name=42).name).__name__)

# a thread started from a thread; join from a thread
inner = []


def outer():
    t = threading.Thread(target=inner.append, args=(threading.current_thread().name,))
    t.start()
    t.join()
    inner.append(t.name)


to = threading.Thread(target=outer, name="outer")
to.start()
to.join()
print(inner)
time.sleep(0)
print("done")
