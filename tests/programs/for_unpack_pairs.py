# for a, b in enumerate/zip/dict.items(): the pair goes straight to the loop
# variables without a tuple, in every tier; errors and exhaustion as in CPython.
def f(xs, d):
    out = []
    for i, x in enumerate(xs):
        out.append(i * x)
    for a, b in zip(xs, reversed(xs)):
        out.append(a - b)
    for k, v in d.items():
        out.append((k, v))
    for i, x in enumerate(xs, 2**62):
        out.append(i)
    for a, b in zip(xs, xs[:2]):
        out.append(a + b)
    for i, (a, b) in enumerate(zip(xs, xs)):
        out.append(i + a + b)
    return out
for _ in range(3):
    print(f([1, 2, 3], {"a": 1, "b": 2}))
try:
    for a, b in enumerate([1, 2], ()):
        pass
except TypeError as e:
    print("TypeError", e)
d = {1: 2}
try:
    for k, v in d.items():
        d[k + 1] = v
except RuntimeError as e:
    print("RuntimeError", e)
for a, b in zip("ab", "cd"):
    print(a, b)
def g():
    yield 1
    raise ValueError("boom")
try:
    for i, x in enumerate(g()):
        print(i, x)
except ValueError as e:
    print("ValueError", e)
print([(i, x) for i, x in enumerate("xyz")], dict((k, v) for k, v in zip("ab", [1, 2])))
