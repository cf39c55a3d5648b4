# fractions.Fraction against CPython's: construction, normalisation, arithmetic with
# ints, Fractions and floats, comparisons, hashing, rounding, powers, parsing, errors.
from fractions import Fraction as F
from collections import defaultdict
import math

print(F(), F(7), F(-6, 4), F(6, -4), F(F(1, 3), F(2, 5)), F(3, F(1, 2)))
print(F("3/4"), F(" -1.25 "), F("1e3"), F("1.5e-2"), F("-.5"), F("7."), F("1_000/3"))
print(F(0.1), F(-2.5), F(1e-10).limit_denominator(1000), F(math.pi).limit_denominator(100))
a, b = F(2, 3), F(-5, 7)
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b), -a, +a, abs(b))
print(a + 1, 1 + a, a - 1, 1 - a, a * 2, 2 * a, a / 2, 2 / a, 7 // a, 7 % a, divmod(7, a))
print(a + 0.5, 0.5 + a, a * 1.5, a / 0.25, a ** 2, a ** -2, b ** -3, a ** F(2), 2 ** F(3), 4 ** F(1, 2), a ** 0.5)
print(a < b, a > b, a <= F(4, 6), a >= 1, a == F(4, 6), a != b, a == 2 / 3, F(1, 2) == 0.5, F(1, 2) < 0.6)
print(F(1, 2) < float("inf"), F(1, 2) > float("-inf"), F(1, 2) == float("nan"), F(1, 2) < float("nan"))
print(hash(F(1, 2)) == hash(0.5), hash(F(3)) == hash(3), hash(F(-1)), hash(F(1, 3)), hash(F(-7, 11)))
print(int(F(-7, 2)), math.floor(F(-7, 2)), math.ceil(F(-7, 2)), round(F(5, 2)), round(F(7, 2)), round(F(-5, 2)))
print(round(F(12345, 1000), 2), round(F(12345, 1), -2), float(F(1, 3)), bool(F(0)), bool(F(1, 9)))
print(F(3, 4).numerator, F(3, 4).denominator, F(3, 4).as_integer_ratio(), F.from_float(0.25), str(F(5)), str(F(5, 3)))
print(sorted([F(1, 2), F(1, 3), 0.4, 1, F(-1)]), max(F(1, 7), F(1, 6)), sum([F(1, n) for n in range(1, 6)]))
d = defaultdict(F)
for i in range(1, 5):
    d[i % 2] += F(1, i)
print(dict(d), min(F(2, 3), F(1)), {F(1, 2): "half"}[0.5])
for bad in (lambda: F(1, 0), lambda: F("abc"), lambda: F("1/0"), lambda: F("1__0"), lambda: F(1.5, 2),
            lambda: F([1]), lambda: F(float("nan")), lambda: F(float("inf")), lambda: F(1) / 0,
            lambda: F(1).limit_denominator(0), lambda: F("1/ 2")):
    try:
        bad()
    except (ValueError, TypeError, ZeroDivisionError, OverflowError) as e:
        print(type(e).__name__, e)
print(repr(F(10, 4)), F(10, 4) * F(2, 5) == 1, type(F(1, 2) + 0.5).__name__, type(F(1) + 1).__name__)
