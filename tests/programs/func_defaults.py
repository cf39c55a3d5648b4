# Default argument values.
def greet(name, greeting="Hello", punct="!"):
    return greeting + ", " + name + punct
print(greet("Ann"), greet("Bob", "Hi"), greet("Cy", punct="?"), greet(greeting="Yo", name="Di"))
def power(base, exp=2):
    return base ** exp
print(power(3), power(3, 3), power(exp=0, base=9), power(2, exp=10))
def span(lo=0, hi=10, step=1):
    return list(range(lo, hi, step))
print(span(), span(5), span(hi=3), span(step=4), span(1, 7, 2))
def describe(x, label=None):
    if label is None:
        label = "value"
    return f"{label}: {x!r}"
print(describe(5), describe("s", "string"), describe([1], label="list"))
DEFAULT = 10
def uses_global_default(x=DEFAULT):
    return x
DEFAULT = 20
print(uses_global_default(), DEFAULT)
def many(a, b=1, *args, c=2, d, **kw):
    return (a, b, args, c, d, kw)
print(many(0, d=4), many(1, 2, 3, 4, d=5, e=6), many(a=1, d=2, c=3))
