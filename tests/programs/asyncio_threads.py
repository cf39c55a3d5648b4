# asyncio: every thread runs its own event loop (the running loop is per thread).
import asyncio
import threading

res = {}

async def job(i):
    await asyncio.sleep(0.01)
    loop = asyncio.get_running_loop()
    await asyncio.gather(*(asyncio.sleep(0.001) for _ in range(10)))
    return i * 2, loop

def run(i):
    r, loop = asyncio.run(job(i))
    res[i] = (r, loop.is_closed())

ts = [threading.Thread(target=run, args=(i,)) for i in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(res.items()))
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print(e)
