# aiter()/anext() (with and without a default) and contextlib's async helpers
# (asynccontextmanager, AsyncExitStack, aclosing, nullcontext), run by asyncio.
import asyncio
from contextlib import asynccontextmanager, AsyncExitStack, aclosing, nullcontext


async def agen(n):
    for i in range(n):
        yield i


@asynccontextmanager
async def resource(name, log):
    log.append("open " + name)
    try:
        yield name.upper()
    finally:
        log.append("close " + name)


async def main():
    it = aiter(agen(2))
    print(await anext(it), await anext(it), await anext(it, "done"))
    try:
        await anext(it)
    except StopAsyncIteration:
        print("StopAsyncIteration")
    try:
        aiter(5)
    except TypeError as e:
        print("TypeError", e)
    log = []
    async with resource("a", log) as r:
        log.append("body " + r)
    try:
        async with resource("b", log):
            raise KeyError("k")
    except KeyError:
        log.append("KeyError out")
    async with AsyncExitStack() as stack:
        x = await stack.enter_async_context(resource("c", log))
        stack.callback(log.append, "sync callback")
        log.append("in stack " + x)
    async with aclosing(agen(3)) as g:
        log.append(str([v async for v in g]))
    async with nullcontext(7) as seven:
        log.append(str(seven))
    print(log)


asyncio.run(main())
