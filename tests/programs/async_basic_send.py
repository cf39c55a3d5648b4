# coroutines driven manually with send(None)
async def add(a, b):
    print("  add running", a, b)
    return a + b

c = add(2, 3)
print(type(c).__name__)
try:
    c.send(None)
except StopIteration as e:
    print("result", e.value)

async def nothing():
    pass

c = nothing()
try:
    c.send(None)
except StopIteration as e:
    print("nothing ->", e.value)

async def chain(n):
    if n == 0:
        return 0
    r = await chain(n - 1)
    print("  level", n, "got", r)
    return r + n

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

print("chain", run(chain(5)))

async def square(x):
    return x * x

async def sum_squares(n):
    total = 0
    for i in range(n):
        total += await square(i)
    return total

print("sum_squares", run(sum_squares(10)))
print([run(square(i)) for i in range(5)])

# a coroutine can't be reused
c = square(3)
print(run(c))
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)

async def returns_various(kind):
    if kind == 0:
        return [1, 2]
    if kind == 1:
        return {"a": 1}
    if kind == 2:
        return None
    return (kind, "tuple")

for k in range(4):
    print(k, run(returns_various(k)))

