# Collections while generators close and throw through `yield from` chains, and
# while a list subclass is built from a generator: everything held only by native
# code meanwhile (the GeneratorExit being thrown, the new instance) must stay rooted.
import gc


def churn():
    junk = [[i] for i in range(300)]
    gc.collect()
    return len(junk)


def inner():
    try:
        yield "in"
    finally:
        churn()
        print("  inner finally")


def outer():
    try:
        yield from inner()
    finally:
        churn()
        print("  outer finally")


for _ in range(3):
    g = outer()
    print(next(g))
    g.close()


def catcher():
    try:
        yield 1
    except ValueError as e:
        churn()
        yield f"caught {e}"


def delegating():
    r = yield from catcher()
    return r


for _ in range(3):
    g = delegating()
    next(g)
    print(g.throw(ValueError("boom")))


class L(list):
    pass


def gen(n):
    for i in range(n):
        churn()
        yield i * i


for n in range(4):
    print(L(gen(n)), type(L(gen(1))).__name__)
