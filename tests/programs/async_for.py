# async for over class-based async iterators: values, else, break/continue, nesting,
# exceptions from __anext__, return from the loop, protocol errors.
class Suspend:
    def __await__(self):
        yield "tick"


class AIter:
    def __init__(self, n, fail_at=None):
        self.i = 0
        self.n = n
        self.fail_at = fail_at

    def __aiter__(self):
        return self

    async def __anext__(self):
        await Suspend()
        if self.i == self.fail_at:
            raise ValueError(f"failed at {self.i}")
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i


def run(coro):
    ticks = 0
    try:
        while True:
            coro.send(None)
            ticks += 1
    except StopIteration as e:
        return e.value, ticks


async def collect(n):
    out = []
    async for x in AIter(n):
        out.append(x)
    else:
        out.append("else")
    return out


async def control():
    out = []
    async for x in AIter(10):
        if x == 2:
            continue
        if x == 5:
            break
        out.append(x)
    else:
        out.append("no else after break")
    return out


async def nested():
    out = []
    async for a in AIter(2):
        async for b in AIter(2):
            out.append((a, b))
    return out


async def failing():
    try:
        async for x in AIter(5, fail_at=3):
            pass
    except ValueError as e:
        return "ValueError", str(e)


async def early_return():
    async for x in AIter(5):
        if x == 3:
            return x


print(run(collect(3)), run(collect(0)), run(control()), run(nested()), run(failing()), run(early_return()))


class NoAIter:
    pass


class BadAIter:
    def __aiter__(self):
        return 1


class BadANext:
    def __aiter__(self):
        return self

    def __anext__(self):
        return 5


async def use(x):
    async for _ in x:
        pass


for x in (NoAIter(), BadAIter(), BadANext()):
    try:
        run(use(x))
    except TypeError as e:
        print("TypeError", e)
try:
    exec("def f():\n    async for x in y:\n        pass\n")
except SyntaxError as e:
    print("SyntaxError", e.msg)
