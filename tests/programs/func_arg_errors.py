# TypeError messages for bad calls.
def f(a, b):
    return a + b
def g(x, y=1, *, z):
    return x
def h():
    return 0
tests = [
    lambda: f(1),
    lambda: f(),
    lambda: f(1, 2, 3),
    lambda: f(1, c=2),
    lambda: f(1, 2, b=3),
    lambda: g(1),
    lambda: g(1, 2, 3, z=1),
    lambda: h(1),
    lambda: h(x=1),
    lambda: f(*[1, 2, 3, 4]),
    lambda: g(),
]
for i, t in enumerate(tests):
    try:
        t()
        print(i, "no error")
    except TypeError as e:
        print(i, "TypeError:", e)
try:
    len()
except TypeError as e:
    print("TypeError:", e)
try:
    len([1], [2])
except TypeError as e:
    print("TypeError:", e)
try:
    (lambda x: x)()
except TypeError as e:
    print("TypeError:", e)
