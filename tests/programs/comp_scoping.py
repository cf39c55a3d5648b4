# Comprehension variables do not leak; enclosing scopes are visible.
x = "outer x"
squares = [x * x for x in range(5)]
print(x, squares)
i = 100
gen_total = sum(i for i in range(3))
print(i, gen_total)
def f():
    factor = 3
    return [factor * n for n in range(4)]
print(f())
def g():
    items = []
    data = [1, 2, 3]
    result = {k: [v * k for v in data] for k in range(2)}
    return result
print(g())
y = 10
print([y + k for k in range(3)], {k: y for k in "ab"})
funcs = [lambda: k for k in range(3)]
print([fn() for fn in funcs])
try:
    print(k)
except NameError as e:
    print("NameError", e)
nested = [[i + j for j in range(i)] for i in range(4)]
print(nested)
