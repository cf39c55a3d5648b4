# Event: set/clear/is_set/wait with and without timeout.
import threading
import time

ev = threading.Event()
print(ev.is_set(), ev.wait(0), ev.wait(0.02))
ev.set()
print(ev.is_set(), ev.wait(), ev.wait(0), ev.wait(1))
ev.clear()
print(ev.is_set())

go = threading.Event()
arrived = []
lock = threading.Lock()


def runner(i):
    ok = go.wait(5)
    with lock:
        arrived.append((i, ok))


ts = [threading.Thread(target=runner, args=(i,)) for i in range(5)]
for t in ts:
    t.start()
time.sleep(0.02)
with lock:
    print("before set:", arrived)
go.set()
for t in ts:
    t.join()
print("after set:", sorted(arrived))

# ping-pong between two threads with two events
ping, pong = threading.Event(), threading.Event()
log = []


def player():
    for i in range(5):
        ping.wait()
        ping.clear()
        log.append("pong%d" % i)
        pong.set()


t = threading.Thread(target=player)
t.start()
for i in range(5):
    log.append("ping%d" % i)
    ping.set()
    pong.wait()
    pong.clear()
t.join()
print(log)

# a waiter that times out
res = []
e2 = threading.Event()
t = threading.Thread(target=lambda: res.append(e2.wait(0.03)))
t.start()
t.join()
print("timed out:", res)
