# closing coroutines
class Pause:
    def __await__(self):
        yield "paused"

async def guarded():
    try:
        print("  guarded started")
        await Pause()
        print("  not reached")
    finally:
        print("  guarded finally")

c = guarded()
print(c.send(None))
print(c.close())
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)

async def never():
    print("  never runs")

c = never()
c.close()
print("closed unstarted coroutine")

async def catches_exit():
    try:
        await Pause()
    except GeneratorExit:
        print("  GeneratorExit seen")
        raise

c = catches_exit()
c.send(None)
c.close()
print("closed catches_exit")

async def refuses():
    try:
        await Pause()
    except GeneratorExit:
        await Pause()

c = refuses()
c.send(None)
try:
    c.close()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    c.throw(ValueError("finish it"))
except ValueError as e:
    print("ValueError:", e)

async def inner():
    try:
        await Pause()
    finally:
        print("  inner finally")

async def outer():
    try:
        await inner()
    finally:
        print("  outer finally")

c = outer()
print(c.send(None))
c.close()
print("closed nested")

async def simple():
    return 1

c = simple()
try:
    c.send(None)
except StopIteration as e:
    print("simple", e.value)
c.close()
print("closed finished coroutine")
print(type(c).__name__)
