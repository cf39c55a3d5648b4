# Unary minus in compiled code at the small-int and float edges.
def f(xs):
    return [-x for x in xs]
print(f([0, 1, -1, 2**47-1, -(2**47), -(2**47)+1, 0.0, -0.0, 1.5, float("inf"), float("nan"), True, 2**60]))
