# Shared counter under a Lock and list.append from 4 threads: exact totals.
import threading

N = 4
ITER = 2000
counter = [0]
lock = threading.Lock()


def inc():
    for _ in range(ITER):
        with lock:
            counter[0] += 1


ts = [threading.Thread(target=inc) for _ in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("counter:", counter[0], counter[0] == N * ITER)

lst = []


def app(k):
    for i in range(ITER):
        lst.append((k, i))


ts = [threading.Thread(target=app, args=(k,)) for k in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("len:", len(lst), sorted(lst) == [(k, i) for k in range(N) for i in range(ITER)])

# per-thread order is preserved
for k in range(N):
    mine = [i for (kk, i) in lst if kk == k]
    print(k, mine == list(range(ITER)))

# RLock-protected counter with nesting
r = threading.RLock()
total = {"v": 0}


def add():
    for _ in range(500):
        with r:
            with r:
                total["v"] += 2


ts = [threading.Thread(target=add) for _ in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("rlock total:", total["v"])

# dict inserts of distinct keys
d = {}


def fill(k):
    for i in range(500):
        d[k * 1000 + i] = i


ts = [threading.Thread(target=fill, args=(k,)) for k in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("dict:", len(d), all(d[k * 1000 + i] == i for k in range(N) for i in range(500)))
