# generator.send
def accumulator():
    total = 0
    while True:
        x = yield total
        print("  received", x)
        if x is None:
            break
        total += x
    return total

acc = accumulator()
print(acc.send(None))
for v in [1, 2, 3, 10]:
    print("send", v, "->", acc.send(v))
try:
    acc.send(None)
except StopIteration as e:
    print("finished with", e.value)

# sending non-None into a just-started generator is a TypeError
g = accumulator()
try:
    g.send(5)
except TypeError as e:
    print("TypeError:", e)
print(g.send(None))
print(g.send(4))

def echo():
    received = []
    while len(received) < 4:
        v = yield len(received)
        received.append(v)
    return received

e = echo()
print(next(e))
print(e.send("a"))
print(e.send(None))
print(e.send([1]))
try:
    e.send(2.5)
except StopIteration as s:
    print("echo", s.value)

# send to an exhausted generator
try:
    e.send(1)
except StopIteration as s:
    print("exhausted send", s.value)

def running_avg():
    count = 0
    total = 0.0
    avg = None
    while True:
        value = yield avg
        count += 1
        total += value
        avg = total / count

ra = running_avg()
next(ra)
for v in [10, 20, 30, 5, 5]:
    print("avg", ra.send(v))

# send through yield from reaches the inner generator
def inner():
    a = yield "inner-1"
    print("  inner got", a)
    b = yield "inner-2"
    print("  inner got", b)
    return a + b

def outer():
    r = yield from inner()
    print("  outer got", r)
    c = yield "outer-1"
    return (r, c)

o = outer()
print(o.send(None))
print(o.send(3))
print(o.send(4))
try:
    o.send("c")
except StopIteration as s:
    print("outer result", s.value)
