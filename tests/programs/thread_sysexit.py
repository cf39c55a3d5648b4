# sys.exit in the main program still waits for non-daemon threads; sys.exit in a
# thread only ends that thread.
import sys
import threading
import time


go = threading.Event()


def worker():
    go.wait()
    time.sleep(0.05)
    print("worker finished")


def exits():
    sys.exit(5)
    print("not reached")


t = threading.Thread(target=exits)
t.start()
t.join()
print("thread sys.exit ignored", t.is_alive())
threading.Thread(target=worker).start()
print("main exiting")
go.set()
sys.exit(3)
