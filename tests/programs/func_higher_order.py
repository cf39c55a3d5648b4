# Functions as values and higher-order functions.
def apply_twice(f, x):
    return f(f(x))
print(apply_twice(lambda v: v * 3, 2), apply_twice(lambda s: s + "!", "hi"))
def my_map(f, xs):
    return [f(x) for x in xs]
def my_filter(p, xs):
    return [x for x in xs if p(x)]
def my_reduce(f, xs, init):
    acc = init
    for x in xs:
        acc = f(acc, x)
    return acc
nums = list(range(1, 11))
print(my_map(lambda x: x ** 2, nums), my_filter(lambda x: x % 3 == 0, nums), my_reduce(lambda a, b: a * b, nums, 1))
funcs = [abs, str, len, bool, float]
print([type(f(-3 if f is not len else "abc")).__name__ for f in funcs])
table = {"sum": sum, "max": max, "min": min, "sorted": sorted, "len": len}
for name, fn in table.items():
    print(name, fn([5, 3, 8]))
def make_op(op):
    if op == "add":
        def f(a, b):
            return a + b
    else:
        def f(a, b):
            return a - b
    return f
print(make_op("add")(2, 3), make_op("sub")(2, 3))
print(sorted(["bb", "a", "ccc"], key=len), list(map(len, ["bb", "a"])), list(zip(*[[1, 2], [3, 4]])))
print(callable(len), callable(apply_twice), callable(3), callable(lambda: 0), callable("s"))
