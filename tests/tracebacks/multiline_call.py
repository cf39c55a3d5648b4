def f(*a):
    return 1 / 0
x = f(
    1,
    2)
