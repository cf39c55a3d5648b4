# send/throw/close delegated through chains of yield from
def leaf(name):
    received = []
    try:
        while True:
            try:
                v = yield "%s:%d" % (name, len(received))
                received.append(v)
                if v == "stop":
                    return received
            except ValueError as e:
                received.append("VE(%s)" % e)
    finally:
        print("  leaf", name, "finally", received)

def middle():
    r = yield from leaf("L1")
    print("  middle got", r)
    r2 = yield from leaf("L2")
    return [r, r2]

def top():
    res = yield from middle()
    print("  top got", res)
    yield "top-last"
    return "TOP"

g = top()
print(next(g))
print(g.send("a"))
print(g.throw(ValueError("x")))
print(g.send("b"))
print(g.send("stop"))
print(g.send(1))
print(g.send("stop"))
try:
    g.send("ignored")
except StopIteration as e:
    print("top finished:", e.value)

# close in the middle of delegation
g = top()
print(next(g))
print(g.send(1))
g.close()
print("closed")

# throw an uncaught exception through the chain
g = top()
next(g)
try:
    g.throw(KeyError("deep"))
except KeyError as e:
    print("KeyError propagated:", e)
print(next(g, "chain exhausted"))

# yield from a plain iterator: send(None) works, send(value) fails
def over_list():
    yield from [1, 2, 3]

g = over_list()
print(next(g), g.send(None))
try:
    g.send(5)
except AttributeError as e:
    print("AttributeError:", e)

# throw into yield from a plain iterator
g = over_list()
next(g)
try:
    g.throw(ValueError("into list"))
except ValueError as e:
    print("ValueError:", e)
