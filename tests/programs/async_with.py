# async with: __aenter__/__aexit__ awaited on every exit path (normal, exception
# suppressed or propagated, return/break/continue), nested items, protocol errors.


class Suspend:
    def __await__(self):
        yield "suspended"


class ACM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
        self.log = []

    async def __aenter__(self):
        self.log.append("enter")
        await Suspend()
        return self.name

    async def __aexit__(self, typ, exc, tb):
        self.log.append(("exit", typ.__name__ if typ else None, str(exc) if exc else None))
        await Suspend()
        return self.suppress


def run(coro):
    steps = 0
    try:
        while True:
            coro.send(None)
            steps += 1
    except StopIteration as e:
        return e.value, steps


async def basic():
    m = ACM("a")
    async with m as v:
        r = v * 2
    return r, m.log


async def suppressed():
    m = ACM("b", suppress=True)
    async with m:
        raise ValueError("boom")
    return "after", m.log


async def propagated():
    m = ACM("c")
    try:
        async with m:
            raise KeyError("k")
    except KeyError as e:
        return "caught", repr(e), m.log


async def early_return():
    m = ACM("d")
    for i in range(3):
        async with m as v:
            if i == 1:
                return v, i, m.log


async def nested():
    a, b = ACM("x"), ACM("y")
    async with a as p, b as q:
        out = p + q
    return out, a.log, b.log


async def loop_control():
    m = ACM("e")
    n = 0
    for i in range(4):
        async with m:
            if i == 1:
                continue
            if i == 3:
                break
            n += 1
    return n, len(m.log)


for f in (basic, suppressed, propagated, early_return, nested, loop_control):
    print(f.__name__, run(f()))


class NotACM:
    pass


class HalfACM:
    async def __aenter__(self):
        return 1


async def bad(x):
    async with x:
        pass


for x in (NotACM(), HalfACM()):
    try:
        run(bad(x))
    except TypeError as e:
        print("TypeError", e)
try:
    exec("def f():\n    async with x:\n        pass\n")
except SyntaxError as e:
    print("SyntaxError", e)
