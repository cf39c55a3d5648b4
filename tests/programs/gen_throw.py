# generator.throw: caught inside and not caught
def catcher():
    while True:
        try:
            x = yield "ready"
            print("  got", x)
        except ValueError as e:
            print("  caught ValueError", e)
            yield "recovered"
        except KeyError as e:
            print("  caught KeyError", e)
            return "stopped by KeyError"

c = catcher()
print(next(c))
print(c.send(1))
print(c.throw(ValueError("bad")))
print(next(c))
print(c.throw(ValueError, "second"))
print(next(c))
try:
    c.throw(KeyError("k"))
except StopIteration as e:
    print("StopIteration value", e.value)

# uncaught exception propagates out of throw
def no_catch():
    yield 1
    yield 2

g = no_catch()
print(next(g))
try:
    g.throw(IndexError("boom"))
except IndexError as e:
    print("propagated IndexError", e)
print(next(g, "exhausted after throw"))

# throw into a generator that hasn't started: raised at the start, no body runs
def never_started():
    print("  body ran?!")
    yield 1

g = never_started()
try:
    g.throw(RuntimeError("early"))
except RuntimeError as e:
    print("early", e)
print(list(g))

# throw with finally
def with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("  finally runs")

g = with_finally()
next(g)
try:
    g.throw(ZeroDivisionError)
except ZeroDivisionError as e:
    print("ZeroDivisionError", type(e).__name__, e.args)

# exception converted inside generator
def converter():
    try:
        yield 1
    except ValueError as e:
        raise TypeError("converted from " + str(e))

g = converter()
next(g)
try:
    g.throw(ValueError("v"))
except TypeError as e:
    print("TypeError", e)
    print("context", type(e.__context__).__name__, e.__context__)

# throw into yield from is delivered to the inner generator
def inner():
    try:
        yield "i1"
    except ValueError:
        print("  inner handled")
        yield "i2"
    return "inner done"

def outer():
    r = yield from inner()
    print("  outer saw", r)
    yield "o1"

o = outer()
print(next(o))
print(o.throw(ValueError))
print(next(o))
print(next(o, "end"))

def inner2():
    yield "x"

def outer2():
    try:
        yield from inner2()
    except LookupError as e:
        print("  outer2 caught", type(e).__name__)
        yield "outer2 recovered"

o = outer2()
print(next(o))
print(o.throw(KeyError("kk")))
