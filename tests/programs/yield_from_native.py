# The yield-from shortcut for natively resumed generators (list(), sum(), next() and
# send() on the outermost generator of a chain): returns, sends, caught and escaping
# exceptions, PEP 479.
def chain(n):
    if n == 0:
        x = yield "leaf"
        yield x
        return "r0"
    r = yield from chain(n - 1)
    yield r
    return r + "!"
print(list(chain(5)))
g = chain(3)
print(next(g), g.send("sent"), next(g), next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)
def boom(n):
    if n == 0:
        yield 1
        raise ValueError("deep")
    try:
        yield from boom(n - 1)
    except ValueError as e:
        if n == 3:
            yield "caught %s at %d" % (e, n)
        else:
            raise
print(list(boom(6)))
def stop(n):
    if n == 0:
        yield 0
        raise StopIteration("x")
    yield from stop(n - 1)
try:
    print(list(stop(4)))
except RuntimeError as e:
    print("RuntimeError", e, type(e.__cause__).__name__)
print(sum(x for x in chain(0) if isinstance(x, int)))
