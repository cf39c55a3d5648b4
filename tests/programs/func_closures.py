# Closures capturing variables.
def make_adder(n):
    def add(x):
        return x + n
    return add
add5 = make_adder(5)
add10 = make_adder(10)
print(add5(1), add10(1), make_adder(-1)(0))
def make_multipliers():
    return [lambda x, i=i: x * i for i in range(4)]
print([m(10) for m in make_multipliers()])
def make_late():
    return [lambda x: x * i for i in range(4)]
print([m(10) for m in make_late()])
def counter_factory():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    def get():
        return count
    return inc, get
inc, get = counter_factory()
inc(); inc(); inc()
inc2, get2 = counter_factory()
inc2()
print(get(), get2())
def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner
    return middle()()
print(outer())
def compose(*fns):
    def run(v):
        for fn in reversed(fns):
            v = fn(v)
        return v
    return run
pipeline = compose(str, lambda v: v * 2, abs)
print(repr(pipeline(-21)))
def capture_late():
    funcs = []
    val = 1
    funcs.append(lambda: val)
    val = 2
    return funcs[0]()
print(capture_late())
