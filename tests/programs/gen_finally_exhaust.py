# order of finally, except and returns when generators are exhausted or abandoned
log = []

def g(tag):
    log.append(tag + " start")
    try:
        yield 1
        log.append(tag + " after 1")
        yield 2
        log.append(tag + " after 2")
    except GeneratorExit:
        log.append(tag + " GeneratorExit")
        raise
    finally:
        log.append(tag + " finally")
    log.append(tag + " end")

print(list(g("A")))
print(log)
log.clear()

x = g("B")
next(x)
x.close()
print(log)
log.clear()

x = g("C")
next(x)
next(x)
try:
    next(x)
except StopIteration:
    log.append("C stopped")
print(log)
log.clear()

def with_return_in_finally():
    try:
        yield 1
        return "body"
    finally:
        log.append("in finally")

x = with_return_in_finally()
next(x)
try:
    next(x)
except StopIteration as e:
    print("value", e.value, log)
log.clear()

def loop_with_finally():
    for i in range(3):
        try:
            yield i
            if i == 1:
                return "early %d" % i
        finally:
            log.append("fin %d" % i)

x = loop_with_finally()
vals = []
while True:
    try:
        vals.append(next(x))
    except StopIteration as e:
        vals.append(e.value)
        break
print(vals, log)
log.clear()

def try_except_else():
    try:
        v = yield "first"
    except ValueError:
        log.append("except")
        yield "from except"
    else:
        log.append("else with %r" % (v,))
        yield "from else"
    finally:
        log.append("finally")

x = try_except_else()
print(next(x), x.send(42), next(x, "end"), log)
log.clear()
x = try_except_else()
print(next(x), x.throw(ValueError), next(x, "end"), log)
