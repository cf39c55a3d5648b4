def f(x):
    return x / 0
def g(y):
    z = f(y) + 1
    return z
g(3)
