# Async comprehensions (list, set, dict; async for at any level, await in the
# element, ifs), async generator expressions, and the error outside an async function.
class Suspend:
    def __await__(self):
        yield "tick"


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


async def agen(n):
    for i in range(n):
        await Suspend()
        yield i


async def double(x):
    await Suspend()
    return 2 * x


async def comps():
    a = [x async for x in agen(5)]
    b = {x % 3 async for x in agen(7)}
    c = {x: x * x async for x in agen(4) if x % 2}
    d = [(x, y) async for x in agen(3) for y in range(x)]
    e = [y for x in range(3) async for y in agen(x)]
    f = [await double(x) async for x in agen(3)]
    g = [x async for x in agen(10) if x > 2 if x < 6]
    return a, sorted(b), c, d, e, f, g


print(run(comps()))
for src in ("def f():\n    return [x async for x in y]\n",):
    try:
        exec(src)
        print("compiled")
    except SyntaxError as e:
        print("SyntaxError", e.msg)



async def main():
    g = (x * 10 async for x in agen(4) if x != 2)
    out = [type(g).__name__]
    async for v in g:
        out.append(v)
    nested = [v async for v in (y + 1 async for y in agen(3))]
    out.append(nested)
    return out


print(run(main()))


async def awaiting_genexp():
    h = (await double(x) for x in range(3))
    return type(h).__name__, [v async for v in h]


def plain_maker():
    return (await double(x) for x in range(2))


print(run(awaiting_genexp()), type(plain_maker()).__name__)
