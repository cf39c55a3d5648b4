# Default values are evaluated once, at definition time.
counter = [0]
def make_default():
    counter[0] += 1
    print("evaluating default", counter[0])
    return counter[0]
def f(x=make_default()):
    return x
print(f(), f(), f(99), counter)
def g(x=make_default(), y=make_default()):
    return x, y
print(g(), g(0), counter)
def defs():
    def inner(v=make_default()):
        return v
    return inner
a = defs()
b = defs()
print(a(), b(), a(), counter)
