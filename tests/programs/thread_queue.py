# queue.Queue / LifoQueue / PriorityQueue / SimpleQueue with threads, task_done/join.
import queue
import threading

q = queue.Queue()
print(q.qsize(), q.empty(), q.full(), q.maxsize)
for i in range(5):
    q.put(i)
print(q.qsize(), q.empty(), [q.get() for _ in range(5)])

lq = queue.LifoQueue()
for i in range(5):
    lq.put_nowait(i)
print([lq.get_nowait() for _ in range(5)])

pq = queue.PriorityQueue()
for item in [(3, "c"), (1, "a"), (4, "d"), (1, "aa"), (2, "b")]:
    pq.put(item)
print([pq.get() for _ in range(5)])

sq = queue.SimpleQueue()
sq.put(1)
sq.put_nowait(2)
print(sq.qsize(), sq.empty(), sq.get(), sq.get_nowait(), sq.empty())

# producers / consumers with task_done and join
work = queue.Queue(maxsize=4)
results = []
rlock = threading.Lock()


def consumer():
    while True:
        item = work.get()
        if item is None:
            work.task_done()
            return
        with rlock:
            results.append(item * item)
        work.task_done()


def producer(base):
    for i in range(25):
        work.put(base + i)


cons = [threading.Thread(target=consumer) for _ in range(3)]
prods = [threading.Thread(target=producer, args=(1000 * k,)) for k in range(3)]
for t in cons + prods:
    t.start()
for t in prods:
    t.join()
work.join()
print("after join:", len(results), work.unfinished_tasks, work.qsize())
for _ in cons:
    work.put(None)
for t in cons:
    t.join()
print(len(results), sum(results), results and sorted(results)[:3])
try:
    work.task_done()
except ValueError as e:
    print("ValueError:", e)

# bounded queue blocks the producer until a consumer takes an item
bq = queue.Queue(2)
bq.put("a")
bq.put("b")
print(bq.full(), bq.qsize())
log = []


def slow_take():
    log.append(bq.get())


t = threading.Timer(0.02, slow_take)
t.start()
bq.put("c")
t.join()
print(log, [bq.get(), bq.get()], bq.empty())

# SimpleQueue across threads
sq2 = queue.SimpleQueue()
ts = [threading.Thread(target=lambda k=k: [sq2.put(k * 10 + j) for j in range(10)]) for k in range(4)]
for t in ts:
    t.start()
got = [sq2.get(timeout=5) for _ in range(40)]
for t in ts:
    t.join()
print(sorted(got) == sorted(k * 10 + j for k in range(4) for j in range(10)), sq2.empty())

# PriorityQueue filled from several threads comes out sorted
pq2 = queue.PriorityQueue()
ts = [threading.Thread(target=lambda k=k: [pq2.put((j * 4 + k, "x")) for j in range(8)]) for k in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print([pq2.get()[0] for _ in range(32)] == list(range(32)))
