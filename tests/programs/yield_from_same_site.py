# One `yield from` site that delegates to a new generator on every loop iteration,
# resumed by for loops, next(), send() and throw(), with delegates also advanced and
# exhausted directly while their delegator is suspended (the descent to the innermost
# generator caches each level's delegate until that level runs again).
def leaf(tag, n):
    for i in range(n):
        got = yield f"{tag}{i}"
        if got is not None:
            yield f"{tag} got {got}"
    return tag.upper()


def middle(parts):
    results = []
    for tag, n in parts:
        r = yield from leaf(tag, n)
        results.append(r)
    return results


def top(groups):
    out = []
    for parts in groups:
        out.append((yield from middle(parts)))
    yield ("done", out)


print(list(top([[("a", 2), ("b", 1)], [("c", 3)], [("d", 0), ("e", 1)]])))

g = top([[("x", 3), ("y", 2)]])
print(next(g), g.send(None), g.send("hi"), next(g), next(g), next(g), list(g))


def middle2(shared):
    yield from shared
    yield "after shared"


shared = leaf("s", 4)
m = middle2(shared)
print(next(m), next(shared), next(m), next(shared))
print(list(m))


def catcher():
    while True:
        try:
            yield "ready"
        except KeyError as e:
            yield f"caught {e}"


def wrap():
    yield from catcher()


w = wrap()
print(next(w), w.throw(KeyError("k1")), next(w), w.throw(KeyError("k2")), next(w))


def chain(depth):
    if depth == 0:
        yield from range(3)
        return
    for _ in range(2):
        yield from chain(depth - 1)


for rep in range(3):
    print(sum(chain(6)), list(chain(2)))
