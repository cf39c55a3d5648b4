# asyncio.TaskGroup: a failing child cancels its siblings; the errors arrive as an
# ExceptionGroup.
import asyncio
async def bad(n):
    await asyncio.sleep(0 if n == 1 else 10)
    raise ValueError(f"bad {n}")
async def good():
    await asyncio.sleep(1)
async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(bad(1))
            tg.create_task(bad(2))
            t = tg.create_task(good())
    except ExceptionGroup as e:
        print("caught", repr(e), t.cancelled())
        print([repr(x) for x in e.exceptions])
asyncio.run(main())
