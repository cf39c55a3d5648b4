# `yield from` a plain generator, resumed by next() / for loops many times (so the
# delegate gets compiled and the outer generator's own Send resumes it): return
# values, a delegate of another sort afterwards, send/throw/close on the outer one.

def leaf(n, tag):
    for i in range(n):
        got = yield (tag, i)
        if got is not None:
            yield ("got", got)
    return tag * 2


def middle(n):
    total = []
    for k in range(3):
        r = yield from leaf(n, k + 1)
        total.append(r)
    # After plain leaves, delegate to a delegating generator.
    r = yield from outer_small()
    total.append(r)
    return total


def outer_small():
    x = yield from leaf(2, 10)
    return x + 1


def top(n):
    result = yield from middle(n)
    yield ("result", result)


for rnd in range(60):
    items = list(top(3))
    if rnd == 0:
        print(items)
print(len(items), items[-1])

# next() one at a time, with the returned value travelling up two levels.
g = top(2)
seen = []
while True:
    try:
        seen.append(next(g))
    except StopIteration as e:
        seen.append(("stop", e.value))
        break
print(seen[-3:])

# send() and throw() through the outer generator.
g = middle(2)
print(next(g), g.send("hello"), next(g))
try:
    g.throw(KeyError("boom"))
except KeyError as e:
    print("KeyError escaped", e)
print(list(g))

# close() while suspended inside the delegate.
def closing():
    try:
        yield from leaf(5, 7)
    finally:
        print("outer finally")
c = closing()
print(next(c), next(c))
c.close()

# An exception raised by the delegate propagates through the outer generator.
def bad_leaf():
    yield 1
    raise ValueError("from leaf")
def wraps():
    try:
        yield from bad_leaf()
    except ValueError as e:
        yield "caught " + str(e)
for _ in range(50):
    out = list(wraps())
print(out)
