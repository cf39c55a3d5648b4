# return values of generators end up in StopIteration.value
def g1():
    yield 1
    return "result"

it = g1()
print(next(it))
try:
    next(it)
except StopIteration as e:
    print("value:", repr(e.value))
    print("args:", e.args)

def g2():
    yield 1
    return None

it = g2()
next(it)
try:
    next(it)
except StopIteration as e:
    print("value:", repr(e.value), e.args)

def g3():
    return (1, 2)
    yield

try:
    next(g3())
except StopIteration as e:
    print("tuple value:", e.value, e.args)

def g4(n):
    total = 0
    for i in range(n):
        total += i
        yield total
    return total * 100

def drive(gen):
    seen = []
    while True:
        try:
            seen.append(next(gen))
        except StopIteration as e:
            return seen, e.value

for n in range(5):
    print(n, drive(g4(n)))

# a for loop discards the return value
for x in g4(3):
    print("for", x)

# list() also discards it
print(list(g4(4)))

def g5():
    try:
        yield 1
    finally:
        print("  g5 finally")
    return "after finally"

it = g5()
print(next(it))
try:
    next(it)
except StopIteration as e:
    print("g5 value", e.value)

def g6():
    yield 1
    return [1, 2, 3]

it = g6()
next(it)
try:
    next(it)
except StopIteration as e:
    v = e.value
    v.append(4)
    print(v, isinstance(e, Exception))
