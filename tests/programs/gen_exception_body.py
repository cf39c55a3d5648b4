# exceptions raised from the body of a generator
def fails_at(n):
    for i in range(10):
        if i == n:
            raise ValueError("fail at %d" % i)
        yield i

g = fails_at(3)
got = []
try:
    for v in g:
        got.append(v)
except ValueError as e:
    print("caught", e, got)
# after an exception the generator is finished
print(next(g, "finished"))
print(list(g))

def handles_inside():
    for i in range(5):
        try:
            if i % 2:
                raise KeyError(i)
            yield "ok %d" % i
        except KeyError as e:
            yield "handled %r" % (e.args[0],)

print(list(handles_inside()))

def finally_each():
    for i in range(3):
        try:
            yield i
        finally:
            print("  finally for", i)

for v in finally_each():
    print("got", v)

def finally_on_break():
    try:
        for i in range(10):
            yield i
    finally:
        print("  finally_on_break ran")

g = finally_on_break()
for v in g:
    if v == 2:
        break
print("broke out; closing explicitly")
g.close()

def continue_in_gen():
    for i in range(8):
        if i % 3 == 0:
            continue
        try:
            if i == 5:
                continue
            yield i
        finally:
            pass

print(list(continue_in_gen()))

def exc_state():
    try:
        raise ValueError("inside")
    except ValueError:
        yield "in except block"
        print("  still handling")
    yield "after"

g = exc_state()
print(next(g))
try:
    raise KeyError("outer")
except KeyError:
    print(next(g))

def generator_raises_in_else():
    try:
        yield 1
    except Exception:
        yield "no"
    else:
        yield "else branch"
    finally:
        yield "finally branch"

print(list(generator_raises_in_else()))

def chained():
    try:
        yield 1
        1 / 0
    except ZeroDivisionError as e:
        raise LookupError("lookup") from e

try:
    list(chained())
except LookupError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
