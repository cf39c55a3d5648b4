# Async generators (PEP 525): async for over them (recursive too), __anext__/asend/
# athrow/aclose, finally on aclose, StopAsyncIteration raised inside, syntax errors;
# awaiting a user iterator returns the value of its StopIteration.
class Suspend:
    def __await__(self):
        yield "tick"


def run(coro):
    ticks = 0
    try:
        while True:
            coro.send(None)
            ticks += 1
    except StopIteration as e:
        return e.value, ticks


async def agen(n):
    for i in range(n):
        await Suspend()
        yield i * 10
    await Suspend()


async def consume(n):
    out = []
    async for v in agen(n):
        out.append(v)
    return out


class Tree:
    def __init__(self, left, value, right):
        self.left, self.value, self.right = left, value, right

    async def __aiter__(self):
        if self.left:
            async for i in self.left:
                yield i
        yield self.value
        if self.right:
            async for i in self.right:
                yield i


def tree(r):
    if not r:
        return None
    i = len(r) // 2
    return Tree(tree(r[:i]), r[i], tree(r[i + 1:]))


async def walk():
    return [x for x in await _collect(tree(range(10)))]


async def _collect(t):
    out = []
    async for x in t:
        out.append(x)
    return out


async def protocol():
    g = agen(3)
    out = [type(g).__name__, repr(g).startswith("<async_generator object agen at 0x")]
    out.append(await g.__anext__())
    out.append(await g.asend(None))
    await g.aclose()
    try:
        await g.__anext__()
    except StopAsyncIteration:
        out.append("closed")
    return out


async def echo():
    received = []
    while True:
        x = yield len(received)
        if x is None:
            return
        received.append(x)


async def sending():
    g = echo()
    out = [await g.asend(None), await g.asend("a"), await g.asend("b")]
    try:
        await g.asend(None)
    except StopAsyncIteration:
        out.append("done")
    return out


async def thrower():
    try:
        yield 1
    except KeyError as e:
        yield f"caught {e!r}"


async def throwing():
    g = thrower()
    return [await g.__anext__(), await g.athrow(KeyError("k"))]


async def cleanup_gen(log):
    try:
        yield 1
        yield 2
    finally:
        log.append("cleanup")


async def closing():
    log = []
    g = cleanup_gen(log)
    await g.__anext__()
    await g.aclose()
    return log


async def bad_stop():
    raise StopAsyncIteration
    yield


async def raising():
    try:
        async for _ in bad_stop():
            pass
    except RuntimeError as e:
        return str(e)


for f in (lambda: consume(3), walk, protocol, sending, throwing, closing, raising):
    print(run(f()))
for src in ("async def f():\n    yield 1\n    return 2\n", "async def f():\n    yield from g()\n"):
    try:
        exec(src)
    except SyntaxError as e:
        print("SyntaxError", e.msg)
class A:
    def __await__(self): return self
    def __iter__(self): return self
    def __next__(self): return self.send(None)
    def send(self, v):
        raise StopIteration(42)
class B(A):
    def send(self, v):
        try:
            raise StopIteration(43)
        except StopIteration:
            raise
async def f():
    return (await A(), await B())
c = f()
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
