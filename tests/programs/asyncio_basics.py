# asyncio: run, tasks, gather, sleep ordering, futures and their errors.
import asyncio

order = []

async def worker(name, delay, result):
    order.append(f"start {name}")
    await asyncio.sleep(delay)
    order.append(f"end {name}")
    return result

async def nested(n):
    if n == 0:
        return 1
    parts = await asyncio.gather(*[nested(n - 1) for _ in range(3)])
    return sum(parts)

async def main():
    r = await asyncio.gather(worker("a", 0.02, 1), worker("b", 0.01, 2), worker("c", 0, 3))
    print("gather", r)
    print(order)
    order.clear()
    t1 = asyncio.create_task(worker("x", 0.01, "X"))
    t2 = asyncio.create_task(worker("y", 0, "Y"), name="second")
    print(t1.get_name().startswith("Task-"), t2.get_name(), t1.done())
    print(await t1, await t2, t1.done(), t2.result())
    print(order)
    print("nested", await nested(4))
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_soon(fut.set_result, 42)
    print("future", await fut)
    fut2 = loop.create_future()
    try:
        fut2.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError", e)
    fut2.set_exception(ValueError("bad"))
    try:
        await fut2
    except ValueError as e:
        print("awaited", repr(e))
    try:
        fut2.set_result(1)
    except asyncio.InvalidStateError:
        print("already done")
    calls = []
    f3 = loop.create_future()
    f3.add_done_callback(lambda f: calls.append(("cb1", f.result())))
    f3.add_done_callback(lambda f: calls.append(("cb2", f.result())))
    f3.set_result("v")
    await asyncio.sleep(0)
    print(calls)
    probe = nested(0)
    print(asyncio.current_task() is not None, asyncio.iscoroutine(probe), asyncio.iscoroutine(nested))
    probe.close()
    h = loop.call_later(0.01, calls.append, "late")
    h2 = loop.call_later(0.005, calls.append, "cancelled")
    h2.cancel()
    await asyncio.sleep(0.02)
    print(calls[-1], h2.cancelled())
    print(await asyncio.sleep(0, "slept"), await asyncio.sleep(0.001, result=5))
    empty = await asyncio.gather()
    print("empty gather", empty)
    r = await asyncio.gather(worker("e", 0, 1), asyncio.sleep(0.001, "s"), return_exceptions=True)
    print(r)
    return "main done"

coro_result = asyncio.run(main())
print(coro_result)

async def fails():
    await asyncio.sleep(0)
    raise KeyError("missing")

async def gather_fail():
    try:
        await asyncio.gather(worker("ok", 0.01, 1), fails())
    except KeyError as e:
        print("gather raised", repr(e))
    res = await asyncio.gather(fails(), worker("ok2", 0, 2), return_exceptions=True)
    print([repr(x) for x in res])

asyncio.run(gather_fail())
loop = asyncio.new_event_loop()
print(loop.run_until_complete(worker("direct", 0, "rc")), loop.is_running(), loop.is_closed())
loop.close()
print(loop.is_closed())
try:
    asyncio.run(42)
except ValueError as e:
    print("ValueError", e)
c = nested(0)
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("RuntimeError", e)
c.close()
asyncio.run(fails())
