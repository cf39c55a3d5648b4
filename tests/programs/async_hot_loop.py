# many coroutines created and driven in hot loops
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

async def inc(x):
    return x + 1

async def twice(x):
    a = await inc(x)
    b = await inc(a)
    return b

total = 0
for i in range(500):
    total += run(twice(i))
print("total", total)

class Tick:
    def __await__(self):
        yield "tick"

async def ticker(n):
    count = 0
    for _ in range(n):
        await Tick()
        count += 1
    return count

# round-robin of many coroutines
coros = [ticker(i % 7) for i in range(60)]
steps = 0
done = []
while coros:
    c = coros.pop(0)
    try:
        c.send(None)
        steps += 1
        coros.append(c)
    except StopIteration as e:
        done.append(e.value)
print("steps", steps, "done", len(done), sum(done))

# deep await chain
async def depth(n):
    if n == 0:
        await Tick()
        return 0
    return 1 + await depth(n - 1)

c = depth(100)
print(c.send(None))
try:
    c.send(None)
except StopIteration as e:
    print("depth", e.value)

# types flowing through the same await site change
async def ident(v):
    return v

async def collect(vals):
    out = []
    for v in vals:
        out.append(await ident(v))
    return out

vals = [1, "s", 2.5, None, (1,), [2]] * 40
res = run(collect(vals))
print(len(res), [type(v).__name__ for v in res[:6]])
