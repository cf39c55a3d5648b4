# `**` with a float operand: the JIT computes the float power directly; errors and
# int ** int keep their own rules.
def powers(xs, es):
    out = []
    for x in xs:
        for e in es:
            try:
                out.append(x ** e)
            except (ZeroDivisionError, ValueError, OverflowError) as err:
                out.append(type(err).__name__)
    return out


# (Negative bases only with integral exponents: a fractional one makes a complex
# number, which Kiln does not have.)
xs = [2.0, 0.0, -0.0, 1.5, 10.0, float("inf"), float("nan"), 3]
es = [2, -1.5, 0.5, 3, 0, -2, 2.0, 400.0, float("nan"), -1, float("-inf")]
for i in range(30):
    r = powers(xs, es)
print(r)
print(powers([-8.0, -2, -0.5, float("-inf")], [2, 3, -1, 2.0, 3.0, 0, -2.0]))
print(powers([2, 3], [2, 3, -1, 0]))
print(powers([1e308], [2.0]), powers([2.0], [1024, 1023]))


def mag(dx, dy, dz, dt):
    return dt * ((dx * dx + dy * dy + dz * dz) ** (-1.5))


print([mag(i * 0.1 + 1, 2.0, 3.0, 0.01) for i in range(5)])
