# math functions of one float called from machine code take the float core directly
# when the result is finite; ints, NaN and infinite inputs, domain and range errors,
# keyword calls and rebinding still behave as CPython.
import math

def run(f, x):
    try:
        return f(x)
    except (ValueError, OverflowError, TypeError) as e:
        return type(e).__name__ + ": " + str(e)

fns = [math.sqrt, math.exp, math.exp2, math.expm1, math.sin, math.cos, math.tan,
       math.asin, math.acos, math.atan, math.sinh, math.cosh, math.tanh, math.asinh,
       math.acosh]
xs = [0.0, -0.0, 0.5, 1.0, 2.0, -1.5, 1000.0, -1000.0, 1e308, float("inf"),
      float("-inf"), float("nan"), 3, True, -2, 10 ** 400, "s"]

def table():
    out = []
    for f in fns:
        out.append([repr(run(f, x)) for x in xs])
    return out

first = table()
for _ in range(60):
    assert table() == first
for f, row in zip(fns, first):
    print(f.__name__, " ".join(row))

def norm(x, y, z):
    return math.sqrt(x * x + y * y + z * z)

t = 0.0
for i in range(2000):
    t += norm(i * 0.5, 1.0, -2.0) + math.sin(i) * math.cos(i * 0.25)
print(round(t, 6))
math_sqrt = math.sqrt
print(math_sqrt(2.0), math.sqrt(x=2.0) if False else math.sqrt(2.25))
try:
    math.sqrt(x=4.0)
except TypeError as e:
    print("TypeError:", e)

print([math.atanh(x) for x in [i/997 for i in range(-996,997)]][::37])
