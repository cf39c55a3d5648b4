# replacing builtins through the module's globals
_print = print
calls = []

def report(*args):
    _print("report:", *args)

report("start", len("abc"), sorted([3, 1, 2]))

def print(*args, **kwargs):
    calls.append(len(args))
    _print("[patched]", *args, **kwargs)

print("hello", 1, 2)
report("report uses global print? no, it uses _print")
print("calls so far", calls)

# replacing len and sorted
def len(x):
    n = 0
    for _ in x:
        n += 1
    return n * 100

def sorted(x, reverse=False):
    return ["fake sort"] + list(x)

def stats(xs):
    return len(xs), sorted(xs)

print(stats([3, 1, 2]))
for i in range(300):
    r = stats((i, i + 1))
print(r)

del len, sorted
print(stats([3, 1, 2]))

# range replaced
real_range = range
def range(*args):
    return real_range(*args)[::-1]

def squares(n):
    return [i * i for i in range(n)]

print(squares(5))
del range
print(squares(5))

# isinstance / type checks replaced
def isinstance(obj, cls):
    return True

def check(v):
    return isinstance(v, int)

print([check(v) for v in [1, "a", None]])
del isinstance
print([check(v) for v in [1, "a", None]])

# swap builtins in and out inside a hot loop
def maxer(a, b):
    return max(a, b)

acc = []
for i in range(400):
    if i == 100:
        max = min
    elif i == 200:
        max = lambda a, b: a + b
    elif i == 300:
        del max
    acc.append(maxer(i, 250))
print(acc[99], acc[100], acc[199], acc[200], acc[299], acc[300])

del print
print("builtin print restored", calls)
