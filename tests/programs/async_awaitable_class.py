# custom awaitables with __await__ that yields
class Suspend:
    def __init__(self, tag):
        self.tag = tag

    def __await__(self):
        print("  suspending", self.tag)
        reply = yield ("suspended", self.tag)
        print("  resumed", self.tag, "with", reply)
        return "reply:" + str(reply)

async def worker():
    a = await Suspend("first")
    print("  worker got", a)
    b = await Suspend("second")
    print("  worker got", b)
    return a + "|" + b

c = worker()
print(type(c).__name__)
print(c.send(None))
print(c.send(1))
try:
    c.send(2)
except StopIteration as e:
    print("done", e.value)

class Ready:
    def __init__(self, value):
        self.value = value

    def __await__(self):
        return self.value
        yield

async def use_ready():
    x = await Ready(10)
    y = await Ready(32)
    return x + y

c = use_ready()
try:
    c.send(None)
except StopIteration as e:
    print("ready", e.value)

class IterAwait:
    def __await__(self):
        return iter(["x", "y", "z"])

async def use_iter():
    r = await IterAwait()
    return r

c = use_iter()
print(c.send(None), c.send(None), c.send(None))
try:
    c.send(None)
except StopIteration as e:
    print("iter await result", e.value)

class Bad:
    pass

async def await_bad():
    await Bad()

try:
    await_bad().send(None)
except TypeError as e:
    print("TypeError:", e)

async def await_int():
    await 5

try:
    await_int().send(None)
except TypeError as e:
    print("TypeError:", e)

class Sleep:
    def __init__(self, n):
        self.n = n

    def __await__(self):
        for i in range(self.n):
            yield "tick %d/%d" % (i + 1, self.n)
        return self.n

async def sleeper():
    total = 0
    for k in (1, 3, 0, 2):
        total += await Sleep(k)
    return total

c = sleeper()
msgs = []
try:
    while True:
        msgs.append(c.send(None))
except StopIteration as e:
    print(msgs)
    print("slept", e.value)
