# `yield from` chains resumed through their outermost generator: the runtime may keep
# the chain between values (a "held" chain). Whatever reaches a generator of the
# chain another way -- next/send/throw/close on an inner one, gi_running, another
# chain delegating to it, a thread starting, a collection -- must see exactly what
# CPython shows.
import gc
import sys
import threading


def chain(depth, n, tag):
    if depth == 0:
        for i in range(n):
            got = yield (tag, i)
            if got is not None:
                yield ("got", got)
        return ("done", tag)
    r = yield from chain(depth - 1, n, tag)
    return r


def collect(g):
    out = []
    try:
        while True:
            out.append(next(g))
    except StopIteration as e:
        out.append(("stop", e.value))
    return out


class Tree:
    def __init__(self, left, value, right):
        self.left, self.value, self.right = left, value, right

    def __iter__(self):
        if self.left:
            yield from self.left
        yield self.value
        if self.right:
            yield from self.right


def tree(lo, hi):
    if lo >= hi:
        return None
    mid = (lo + hi) // 2
    return Tree(tree(lo, mid), mid, tree(mid + 1, hi))


def nested_gens(depth, n):
    # Returns the chain's generators, outermost first, so inner ones can be reached.
    gens = []

    def level(d):
        if d == 0:
            yield from range(n)
            return
        inner = level(d - 1)
        gens.append(inner)
        yield from inner

    top = level(depth)
    gens.insert(0, top)
    return gens


# 1. plain traversals, many times (so everything is compiled and chains are held)
t = tree(0, 300)
for _ in range(30):
    assert list(t) == list(range(300))
print("tree", sum(t), len(list(t)))
print(collect(chain(5, 3, "a")))

# 2. next() on the leaf, then on an inner generator, between resumptions of the top
for rnd in range(3):
    gens = nested_gens(6, 10)
    top = gens[0]
    seen = [next(top), next(top)]
    leaf = gens[-1]
    seen.append(next(leaf))            # the leaf directly
    seen.append(next(top))
    mid = gens[3]
    seen.append(next(mid))             # an inner generator directly
    seen.append(next(top))
    seen.append([g.gi_running for g in gens])
    seen.append(list(top))
    print(rnd, seen)

# 3. send and throw through a held chain
g = chain(8, 5, "s")
print(next(g), next(g), g.send("x"), next(g))
try:
    print(g.throw(KeyError("k")))
except KeyError as e:
    print("KeyError from chain", e)
print(collect(g))


def catcher():
    try:
        yield from chain(4, 10, "c")
    except ValueError as e:
        yield ("caught", str(e))
    yield "after"


c = catcher()
print(next(c), next(c), c.throw(ValueError("v")), next(c), collect(c))

# 4. close a held chain; inner generators see GeneratorExit
log = []


def closer(d):
    try:
        if d == 0:
            yield 1
            yield 2
        else:
            yield from closer(d - 1)
    finally:
        log.append(d)


g = closer(5)
print(next(g))
g.close()
print("closed", log)

# 5. two chains share one inner generator
shared = chain(3, 6, "sh")


def outer(name):
    r = yield from shared
    yield (name, "end", r)


o1, o2 = outer("o1"), outer("o2")
print(next(o1), next(o1), next(o2), next(o1), next(o2))
print(collect(o2), collect(o1))

# 6. return values through the chain, exceptions from the leaf
def failing(d):
    if d == 0:
        yield "x"
        raise IndexError("deep")
    v = yield from failing(d - 1)
    return v


f = failing(7)
print(next(f))
try:
    next(f)
except IndexError as e:
    print("IndexError", e)
print(collect(f))

# 7. a collection and a thread start while a chain is held
g = chain(10, 6, "gc")
print(next(g), next(g))
gc.collect()
print(next(g))
res = []
th = threading.Thread(target=lambda: res.append(collect(g)))
th.start()
th.join()
print(res)

# 8. a held chain whose top is dropped while an inner generator lives on
gens = nested_gens(5, 4)
top = gens[0]
print(next(top), next(top))
inner = gens[2]
del top, gens
gc.collect()
print(next(inner), collect(inner))

# 9. deep chains near the recursion limit
sys.setrecursionlimit(400)
def deep(d):
    if d == 0:
        yield "bottom"
        yield "bottom2"
    else:
        yield from deep(d - 1)

g = deep(300)
print(next(g), next(g))
def at_depth(n, g):
    if n == 0:
        try:
            return next(g)
        except RecursionError:
            return "RecursionError"
        except StopIteration:
            return "stop"
    return at_depth(n - 1, g)
g2 = deep(300)
print(next(g2), at_depth(150, g2))
