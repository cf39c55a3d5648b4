# a tiny hand-written event loop
class Yield:
    def __await__(self):
        yield "yield"

class Sleep:
    def __init__(self, ticks):
        self.ticks = ticks

    def __await__(self):
        yield ("sleep", self.ticks)

class Loop:
    def __init__(self):
        self.ready = []
        self.sleeping = []
        self.time = 0
        self.results = {}

    def spawn(self, name, coro):
        self.ready.append((name, coro, None))

    def run(self):
        while self.ready or self.sleeping:
            if not self.ready:
                self.time += 1
                still = []
                for wake, name, coro in self.sleeping:
                    if wake <= self.time:
                        self.ready.append((name, coro, None))
                    else:
                        still.append((wake, name, coro))
                self.sleeping = still
                continue
            name, coro, value = self.ready.pop(0)
            try:
                req = coro.send(value)
            except StopIteration as e:
                print("t=%d %s finished -> %r" % (self.time, name, e.value))
                self.results[name] = e.value
                continue
            except Exception as e:
                print("t=%d %s failed: %s %s" % (self.time, name, type(e).__name__, e))
                self.results[name] = "error"
                continue
            if req == "yield":
                self.ready.append((name, coro, None))
            elif req[0] == "sleep":
                self.sleeping.append((self.time + req[1], name, coro))
        return self.results

async def counter(name, n):
    for i in range(n):
        print("t=? %s count %d" % (name, i))
        await Yield()
    return n

async def napper(name, ticks):
    print("%s going to sleep for %d" % (name, ticks))
    await Sleep(ticks)
    print("%s woke up" % name)
    return "rested %d" % ticks

async def helper(x):
    await Yield()
    return x * 2

async def composite():
    a = await helper(5)
    await Sleep(2)
    b = await helper(a)
    return a + b

async def failing():
    await Yield()
    raise ValueError("task failed")

loop = Loop()
loop.spawn("c1", counter("c1", 3))
loop.spawn("c2", counter("c2", 2))
loop.spawn("n1", napper("n1", 3))
loop.spawn("n2", napper("n2", 1))
loop.spawn("comp", composite())
loop.spawn("bad", failing())
res = loop.run()
print(sorted(res.items()))
print("final time", loop.time)
