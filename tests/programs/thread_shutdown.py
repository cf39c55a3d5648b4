# At exit the main program waits for non-daemon threads (also ones started by other
# threads after the main program ended), not for daemon threads.
import threading
import time

forever = threading.Event()
d = threading.Thread(target=forever.wait, name="sleeper", daemon=True)
d.start()

go = threading.Event()
first_done = threading.Event()


def late(n, after):
    go.wait()
    if after is not None:
        after.wait()
    time.sleep(0.02)
    print("worker", n, "done")
    if n == 1:
        first_done.set()


def spawner():
    go.wait()
    time.sleep(0.02)
    t = threading.Thread(target=late, args=(2, first_done))
    t.start()


threading.Thread(target=late, args=(1, None)).start()
threading.Thread(target=spawner).start()
print("main end", d.is_alive(), threading.active_count())
go.set()
