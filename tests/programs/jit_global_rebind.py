# Rebinding globals and shadowing builtins after code has become hot.
FACTOR = 2


def scaled(n):
    return n * FACTOR


def sum_scaled(limit):
    s = 0
    for i in range(limit):
        s += scaled(i)
    return s


print(sum_scaled(1000))
FACTOR = 3
print(sum_scaled(1000))
FACTOR = 0.5
print(sum_scaled(1000))
FACTOR = "ab"
print(scaled(3))
FACTOR = 2


def measure(items):
    return len(items)


def total_len(groups):
    t = 0
    for g in groups:
        t += measure(g)
    return t


groups = [[0] * (i % 7) for i in range(2000)]
print(total_len(groups))


def len(x):  # shadow the builtin at module level
    return 100


print(total_len(groups))
del len
print(total_len(groups), len([1, 2, 3]))


def helper():
    return "first"


def call_helper(n):
    out = []
    for _ in range(n):
        out.append(helper())
    return out[-1]


print(call_helper(1000))


def helper():
    return "second"


print(call_helper(1000))
helper = lambda: "lambda"
print(call_helper(10))
counter = 0


def bump_global(n):
    global counter
    for _ in range(n):
        counter += 1
    return counter


print(bump_global(1500), bump_global(1500))
counter = 10 ** 20
print(bump_global(5))
