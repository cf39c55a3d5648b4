# At exit the main program waits for non-daemon threads, not for daemon threads.
import threading
import time

forever = threading.Event()
d = threading.Thread(target=forever.wait, name="sleeper", daemon=True)
d.start()


def late(n):
    time.sleep(0.05 * n)
    print("worker", n, "done")


def spawner():
    time.sleep(0.02)
    t = threading.Thread(target=late, args=(2,))
    t.start()


threading.Thread(target=late, args=(1,)).start()
threading.Thread(target=spawner).start()
print("main end", d.is_alive(), threading.active_count() >= 3)
