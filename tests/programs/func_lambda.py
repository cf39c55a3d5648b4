# Lambdas.
square = lambda x: x * x
print(square(7), (lambda: "no args")(), (lambda a, b=2: a + b)(1), (lambda *a: a)(1, 2))
print((lambda **k: sorted(k))(b=1, a=2), (lambda x, *, y: x - y)(5, y=3))
pairs = [(1, "one"), (3, "three"), (2, "two")]
print(sorted(pairs, key=lambda p: p[1]), max(pairs, key=lambda p: p[0]))
print(list(map(lambda x: x + 1, [1, 2, 3])), list(filter(lambda s: len(s) > 2, ["a", "abc", "de", "defg"])))
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b}
print({k: f(6, 3) for k, f in ops.items()})
curry = lambda a: lambda b: lambda c: a * 100 + b * 10 + c
print(curry(1)(2)(3))
print((lambda n: (lambda f, n: f(f, n))(lambda f, k: 1 if k <= 1 else k * f(f, k - 1), n))(10))
fs = [lambda: 1, lambda: 2]
print([f() for f in fs], (lambda: None)())
