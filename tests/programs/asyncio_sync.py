# asyncio: TaskGroup, queues, locks, events, conditions and semaphores.
import asyncio

async def child(log, name, delay):
    await asyncio.sleep(delay)
    log.append(name)
    return name.upper()

async def group_demo():
    log = []
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(child(log, "a", 0.02))
        b = tg.create_task(child(log, "b", 0.01))
        c = tg.create_task(child(log, "c", 0))
    print("group", log, a.result(), b.result(), c.result())
    total = []
    async def rec(level):
        if level == 0:
            total.append(1)
            return
        async with asyncio.TaskGroup() as tg:
            for _ in range(3):
                tg.create_task(rec(level - 1))
    await rec(4)
    print("leaves", len(total))
    tg = asyncio.TaskGroup()
    probe = child(log, "x", 0)
    try:
        tg.create_task(probe)
    except RuntimeError as e:
        print("RuntimeError", e)
    probe.close()

async def producer(q, n):
    for i in range(n):
        await q.put(i)
    await q.put(None)

async def consumer(q, out):
    while True:
        item = await q.get()
        q.task_done()
        if item is None:
            break
        out.append(item * item)

async def queue_demo():
    q = asyncio.Queue(maxsize=2)
    out = []
    await asyncio.gather(producer(q, 6), consumer(q, out))
    await q.join()
    print("queue", out, q.empty(), q.qsize(), q.maxsize)
    pq = asyncio.PriorityQueue()
    for x in (5, 1, 4, 2):
        pq.put_nowait(x)
    print("priority", [pq.get_nowait() for _ in range(4)])
    lq = asyncio.LifoQueue()
    for x in "abc":
        await lq.put(x)
    print("lifo", [await lq.get() for _ in range(3)])
    try:
        lq.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")
    fq = asyncio.Queue(1)
    fq.put_nowait(1)
    try:
        fq.put_nowait(2)
    except asyncio.QueueFull:
        print("QueueFull", fq.full())

async def lock_demo():
    lock = asyncio.Lock()
    log = []
    async def critical(name):
        async with lock:
            log.append(f"{name} in")
            await asyncio.sleep(0.001)
            log.append(f"{name} out")
    await asyncio.gather(*(critical(n) for n in "abc"))
    print("lock", log, lock.locked())
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError", e)

    ev = asyncio.Event()
    seen = []
    async def waiter(i):
        await ev.wait()
        seen.append(i)
    tasks = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0)
    print("event before", seen, ev.is_set())
    ev.set()
    await asyncio.gather(*tasks)
    print("event after", seen)

    sem = asyncio.Semaphore(2)
    active = [0, 0]
    async def limited():
        async with sem:
            active[0] += 1
            active[1] = max(active[1], active[0])
            await asyncio.sleep(0.001)
            active[0] -= 1
    await asyncio.gather(*(limited() for _ in range(6)))
    print("semaphore max", active[1], sem.locked())
    bs = asyncio.BoundedSemaphore(1)
    try:
        bs.release()
    except ValueError as e:
        print("ValueError", e)

    cond = asyncio.Condition()
    items = []
    async def cons():
        async with cond:
            await cond.wait_for(lambda: items)
            return items.pop()
    async def prod():
        await asyncio.sleep(0.001)
        async with cond:
            items.append("item")
            cond.notify()
    r = await asyncio.gather(cons(), prod())
    print("condition", r)

asyncio.run(group_demo())
asyncio.run(queue_demo())
asyncio.run(lock_demo())
