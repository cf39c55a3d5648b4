# Basic generator functions driven with next()
def count_up(n):
    i = 0
    while i < n:
        print("  yielding", i)
        yield i
        i += 1
    print("  done counting")

g = count_up(3)
print(type(g).__name__)
print(next(g))
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value, e.args)
# exhausted generator keeps raising StopIteration
for k in range(3):
    try:
        next(g)
        print("unexpected")
    except StopIteration as e:
        print("again StopIteration", k, e.value)

def nothing():
    return
    yield 1

n = nothing()
print(type(n).__name__)
print(list(n))
print(list(n))

def body_runs_lazily():
    print("  body started")
    yield "a"
    print("  after a")
    yield "b"

b = body_runs_lazily()
print("created")
print(next(b))
print("between")
print(next(b))
print(next(b, "default"))
print(next(b, None))

def multi_yield():
    yield 1
    yield 2.5
    yield "three"
    yield [4]
    yield (5, 6)
    yield None
    yield {7: 8}

for v in multi_yield():
    print(repr(v), type(v).__name__)

def yield_in_expr():
    x = 10
    y = (yield x) 
    print("  y is", y)
    z = (yield x + 1)
    print("  z is", z)

ge = yield_in_expr()
print(next(ge))
print(next(ge))
print(next(ge, "end"))
print(iter(ge) is ge)
