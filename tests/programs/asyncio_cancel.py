# asyncio: cancellation (messages, cancelling/uncancel, try/finally in tasks),
# wait_for timeouts, shield, wait and as_completed.
import asyncio

async def sleeper(log, name, delay):
    try:
        await asyncio.sleep(delay)
        log.append(f"{name} finished")
        return name
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise
    finally:
        log.append(f"{name} cleanup")

async def main():
    log = []
    t = asyncio.create_task(sleeper(log, "t", 10))
    await asyncio.sleep(0)
    print(t.cancel("stop now"), t.cancelling())
    try:
        await t
    except asyncio.CancelledError as e:
        print("cancelled with", e.args)
    print(t.cancelled(), t.done(), log)
    print(t.cancel(), "(second cancel)")

    log.clear()
    try:
        await asyncio.wait_for(sleeper(log, "slow", 10), timeout=0.01)
    except TimeoutError:
        print("wait_for timed out", log)
    print(await asyncio.wait_for(sleeper(log, "fast", 0), timeout=1))

    log.clear()
    inner = asyncio.create_task(sleeper(log, "shielded", 0.02))
    outer = asyncio.create_task(asyncio.wait_for(asyncio.shield(inner), 0.005))
    try:
        await outer
    except TimeoutError:
        print("outer timed out")
    print("inner result", await inner, log)

    # Only one task can finish first whatever the machine's load: the others sleep long.
    tasks = [asyncio.create_task(sleeper([], f"w{i}", 0 if i == 1 else 10)) for i in (3, 1, 2)]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print(sorted(t.result() for t in done), len(pending))
    for t in pending:
        t.cancel()
    tasks = [asyncio.create_task(sleeper([], f"w{i}", 0.01 * i)) for i in (3, 1, 2)]
    done, pending = await asyncio.wait(tasks)
    print(sorted(t.result() for t in done), len(pending))
    done, pending = await asyncio.wait([asyncio.create_task(sleeper([], "never", 5))], timeout=0.01)
    print(len(done), len(pending))
    for t in pending:
        t.cancel()

    results = []
    for f in asyncio.as_completed([sleeper([], n, d) for n, d in (("c", 0.03), ("a", 0.01), ("b", 0.02))]):
        results.append(await f)
    print("as_completed", results)

    t = asyncio.create_task(sleeper(log, "u", 10))
    await asyncio.sleep(0)
    t.cancel()
    t.cancel()
    print("cancelling", t.cancelling(), t.uncancel(), t.cancelling())
    try:
        await t
    except asyncio.CancelledError:
        print("still cancelled")

    async def catches():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            return "swallowed"
    t = asyncio.create_task(catches())
    await asyncio.sleep(0)
    t.cancel()
    print(await t, t.cancelled())

    try:
        async with asyncio.timeout(0.01) as cm:
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout block", cm.expired())
    async with asyncio.timeout(1) as cm:
        await asyncio.sleep(0)
    print("no timeout", cm.expired())

asyncio.run(main())

async def self_cancel():
    asyncio.current_task().cancel()
    await asyncio.sleep(0)
    print("not reached")

try:
    asyncio.run(self_cancel())
except asyncio.CancelledError:
    print("run raised CancelledError")
print(issubclass(asyncio.CancelledError, BaseException), issubclass(asyncio.CancelledError, Exception))
print(asyncio.TimeoutError is TimeoutError)
