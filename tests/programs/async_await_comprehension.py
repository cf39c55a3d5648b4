# await inside expressions and comprehensions of an async function
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

async def square(x):
    return x * x

class Pause:
    def __await__(self):
        yield "pause"

async def expr():
    a = await square(2) + await square(3)
    print("  a =", a)
    b = [await square(i) for i in range(4)]
    print("  b =", b)
    c = {i: await square(i) for i in range(3)}
    print("  c =", c)
    d = {await square(i) % 3 for i in range(6)}
    print("  d =", sorted(d))
    e = [await square(i) for i in range(6) if i % 2]
    print("  e =", e)
    f = [x + y for x in [await square(1), await square(2)] for y in (10, 20)]
    print("  f =", f)
    return a, b, c

print(run(expr()))

async def with_pauses():
    vals = []
    for i in range(3):
        await Pause()
        vals.append(await square(i + 1))
    got = [await square(v) for v in vals]
    return got

c = with_pauses()
steps = []
try:
    while True:
        steps.append(c.send(None))
except StopIteration as e:
    print(steps, e.value)

async def nested_await():
    return await square(await square(await square(2)))

print(run(nested_await()))

async def in_call():
    return max(await square(3), await square(-4), 5)

print(run(in_call()))
