import math
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1), math.isclose(0.0, 1e-12, abs_tol=1e-9), math.isclose(100, 101, rel_tol=0.02))
print(math.log2(8), math.log2(10), math.log10(1000), math.log10(2), math.log(math.e), math.log(8, 2), math.log(100, 10))
print(math.hypot(3, 4), math.hypot(1, 2, 2), math.hypot(), math.dist((0, 0), (3, 4)), math.dist([1, 1, 1], [2, 2, 2]))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100]), math.fsum([]))
print(math.sqrt(2), math.exp(1), math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7), math.fabs(-3))
print(math.pi, math.tau, math.e, math.inf, -math.inf, math.isnan(math.nan), math.isinf(math.inf), math.isfinite(1.0))
print(math.copysign(3, -0.0), math.fmod(7, -3), math.modf(2.75), math.frexp(8.0), math.ldexp(0.5, 4))
print(math.degrees(math.pi), math.radians(180), round(math.sin(math.pi / 6), 12), round(math.atan2(1, 1), 12))
try:
    math.log(0)
except ValueError as e:
    print("ValueError", e)
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError", e)
