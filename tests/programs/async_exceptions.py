# exceptions propagating through awaits
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

async def leaf(x):
    if x < 0:
        raise ValueError("negative: %d" % x)
    return x

async def middle(x):
    v = await leaf(x)
    return v * 10

async def top(x):
    try:
        return await middle(x)
    except ValueError as e:
        print("  top caught", e)
        return -1

print(run(top(3)))
print(run(top(-3)))

async def no_handler():
    return await middle(-1)

try:
    run(no_handler())
except ValueError as e:
    print("propagated to caller:", e)

async def with_finally(x):
    try:
        return await middle(x)
    finally:
        print("  finally with", x)

print(run(with_finally(1)))
try:
    run(with_finally(-1))
except ValueError as e:
    print("after finally:", e)

class Step:
    def __await__(self):
        yield "step"

async def cleanup_demo():
    try:
        await Step()
        await Step()
    except KeyError as e:
        print("  handled thrown KeyError", e)
        return "recovered"
    finally:
        print("  cleanup_demo finally")

c = cleanup_demo()
print(c.send(None))
try:
    c.throw(KeyError("injected"))
except StopIteration as e:
    print("throw result", e.value)

c = cleanup_demo()
print(c.send(None))
try:
    c.throw(IndexError("not handled"))
except IndexError as e:
    print("IndexError propagated:", e)

async def raise_from():
    try:
        await leaf(-5)
    except ValueError as e:
        raise RuntimeError("wrapped") from e

try:
    run(raise_from())
except RuntimeError as e:
    print(e, "<-", type(e.__cause__).__name__, e.__cause__)

async def stop_inside():
    raise StopIteration("bad")

try:
    run(stop_inside())
except RuntimeError as e:
    print("RuntimeError:", e)

async def many(n):
    errors = 0
    for i in range(-n, n):
        try:
            await leaf(i)
        except ValueError:
            errors += 1
    return errors

print("errors", run(many(50)))
