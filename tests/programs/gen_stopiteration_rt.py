# PEP 479: StopIteration raised inside a generator becomes RuntimeError
def bad():
    yield 1
    raise StopIteration("inner stop")

g = bad()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print("RuntimeError:", e)
    print("cause:", type(e.__cause__).__name__, e.__cause__)
except StopIteration:
    print("wrong: StopIteration leaked")

def bad_next():
    it = iter([1])
    yield next(it)
    yield next(it)   # raises StopIteration inside the generator

g = bad_next()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print("RuntimeError:", e)

print(list(x for x in [1, 2]))

def guarded():
    it = iter([1, 2])
    while True:
        try:
            v = next(it)
        except StopIteration:
            return "guarded done"
        yield v

g = guarded()
print(list(g))

# list() around a bad generator also gets a RuntimeError
try:
    list(bad())
except RuntimeError as e:
    print("list RuntimeError:", e)

# StopIteration subclasses too
def bad_sub():
    yield 0
    raise StopIteration

try:
    for v in bad_sub():
        print("for", v)
except RuntimeError as e:
    print("for RuntimeError:", e)

# a generator can catch StopIteration from next() itself
def catches():
    try:
        next(iter([]))
    except StopIteration:
        print("  caught inside")
    yield "fine"

print(list(catches()))

# other exceptions pass unchanged
def raises_value():
    yield 1
    raise ValueError("plain")

try:
    list(raises_value())
except ValueError as e:
    print("ValueError:", e)

# return inside generator is not an error
def ret():
    yield 1
    return 2

print(list(ret()))
