# math module functions.
import math
for x in [0.0, 0.5, 1.0, 2.0, 10.0, 100.0]:
    print(x, math.sqrt(x), math.exp(x), math.floor(x + 0.5), math.ceil(x + 0.5))
for x in [0.0, 0.5, 1.0, math.pi / 6, math.pi / 4, math.pi / 2, math.pi]:
    print(round(math.sin(x), 12), round(math.cos(x), 12), round(math.tan(x), 6) if x != math.pi / 2 else "skip")
print(math.log(1), math.log(math.e), math.log(100, 10), math.log(8, 2), math.log10(1000), math.log2(1024))
print(math.exp(1), math.exp(-1), math.pow(2, 10), math.pow(2.5, 2), math.fabs(-3), math.fabs(2.5))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), math.trunc(2.5), math.floor(3), math.ceil(3))
print(type(math.floor(2.5)).__name__, type(math.sqrt(4)).__name__, type(math.fabs(-3)).__name__)
print(math.sqrt(2), math.sqrt(16), math.hypot(3, 4), math.atan2(1, 1), math.atan(1) * 4)
print(math.isnan(math.nan), math.isnan(1.0), math.isinf(math.inf), math.isinf(-math.inf), math.isinf(1e308))
print(math.isfinite(1.0), math.isfinite(math.nan), math.gcd(12, 18), math.factorial(10), math.factorial(25))
print(math.floor(1e20), math.ceil(-1e20), math.copysign(3, -0.0), math.degrees(math.pi), math.radians(180))
print(math.asin(1), math.acos(0), math.sinh(1), math.cosh(1), math.tanh(0.5))
print(sum([0.1] * 10), math.isclose(0.1 + 0.2, 0.3), math.comb(10, 3), math.perm(5, 2))
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError", e)
try:
    math.log(0)
except ValueError as e:
    print("ValueError", e)
try:
    math.exp(1000)
except OverflowError as e:
    print("OverflowError", e)
