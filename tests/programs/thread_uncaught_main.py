# The main program dies of an uncaught exception while a non-daemon thread runs: the
# traceback is printed, the thread still finishes, and the exit status is 1.
import threading
import time

results = []
go = threading.Event()


def worker():
    go.wait()
    time.sleep(0.05)
    results.append(sum(range(100)))
    print("worker finished", results)


t = threading.Thread(target=worker)
t.start()
print("main raising")
go.set()
raise KeyError("main failed")
