# generator.close, GeneratorExit and finally
def with_finally():
    try:
        print("  start")
        yield 1
        yield 2
    finally:
        print("  cleanup")

g = with_finally()
print(next(g))
print(g.close())
print(next(g, "closed"))
g.close()
print("second close ok")

# close on a generator that hasn't started: body never runs
g = with_finally()
g.close()
print(list(g))

# close on an exhausted generator
g = with_finally()
print(list(g))
g.close()
print("closed exhausted")

def catches_exit():
    try:
        yield 1
    except GeneratorExit as e:
        print("  got GeneratorExit", type(e).__name__, repr(e.args))
        raise

g = catches_exit()
next(g)
g.close()
print("after close")

def returns_on_exit():
    try:
        yield 1
    except GeneratorExit:
        print("  returning on exit")
        return "ignored value"

g = returns_on_exit()
next(g)
print(g.close())

def yields_in_finally():
    try:
        yield 1
    finally:
        yield "bad"

g = yields_in_finally()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)
# the generator is still suspended in its finally; resuming it finishes the
# finally block, which re-raises the pending GeneratorExit
try:
    next(g)
except GeneratorExit as e:
    print("GeneratorExit re-raised", repr(e.args))
print(next(g, "finished after failed close"))

def yields_on_exit():
    while True:
        try:
            yield 1
        except GeneratorExit:
            print("  ignoring exit")

g = yields_on_exit()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)
# still suspended; end it with an exception it does not catch
try:
    g.throw(ValueError("stop now"))
except ValueError as e:
    print("ValueError:", e)
print(next(g, "finished"))

def raises_other():
    try:
        yield 1
    finally:
        raise ValueError("from finally")

g = raises_other()
next(g)
try:
    g.close()
except ValueError as e:
    print("ValueError:", e)

print(issubclass(GeneratorExit, Exception), issubclass(GeneratorExit, BaseException))

# close propagates through yield from
def inner():
    try:
        yield "in"
    finally:
        print("  inner finally")

def outer():
    try:
        yield from inner()
    finally:
        print("  outer finally")

g = outer()
print(next(g))
g.close()
print("closed nested")

# nested finally order
def nested():
    try:
        try:
            yield 1
        finally:
            print("  inner-level finally")
    finally:
        print("  outer-level finally")

g = nested()
next(g)
g.close()
