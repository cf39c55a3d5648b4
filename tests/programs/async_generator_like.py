# coroutines with await loops, producer/consumer via a shared queue
class Wait:
    def __init__(self, what):
        self.what = what

    def __await__(self):
        value = yield self.what
        return value

queue = []

async def producer(n):
    for i in range(n):
        queue.append(i * i)
        print("  produced", i * i)
        await Wait("produced")
    queue.append(None)
    return "producer done"

async def consumer():
    total = 0
    while True:
        while not queue:
            await Wait("waiting")
        item = queue.pop(0)
        if item is None:
            return total
        print("  consumed", item)
        total += item

p = producer(5)
c = consumer()
tasks = [("P", p), ("C", c)]
results = {}
step = 0
while tasks:
    name, t = tasks.pop(0)
    try:
        req = t.send(None)
        print("step", step, name, req)
        tasks.append((name, t))
    except StopIteration as e:
        results[name] = e.value
        print("step", step, name, "finished", e.value)
    step += 1
print(results)

# values passed back into the coroutine via send
async def asker():
    a = await Wait("give me a")
    b = await Wait("give me b")
    return a * b

c = asker()
print(c.send(None))
print(c.send(6))
try:
    c.send(7)
except StopIteration as e:
    print("product", e.value)

print("coroutine-type:", end=" ")
c2 = asker()
print(type(c2).__name__)
c2.close()

async def gather(*coros):
    results = []
    for co in coros:
        results.append(await co)
    return results

async def val(v):
    await Wait("val %r" % (v,))
    return v

g = gather(val(1), val("two"), val([3]))
out = []
try:
    while True:
        out.append(g.send(None))
except StopIteration as e:
    print(out)
    print("gathered", e.value)
