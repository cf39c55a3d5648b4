from decimal import (Decimal, getcontext, localcontext, Context, ROUND_HALF_EVEN, ROUND_DOWN,
                     ROUND_HALF_UP, ROUND_UP, ROUND_CEILING, ROUND_FLOOR, InvalidOperation,
                     DivisionByZero, Inexact, Rounded)
import decimal

D = Decimal
vals = ["0", "1", "-1", "1.5", "-2.50", "0.001", "123456789.123456789", "1E+3", "1e-7",
        "-0", "0.000", "12345678901234567890123456789012345", "Infinity", "-inf", "NaN", "1_000.5"]
for v in vals:
    d = D(v)
    print(v, str(d), repr(d), d.as_tuple(), d.adjusted(), bool(d), d.is_signed())
print(D(7), D(-12), D(2**70), D((1, (1, 2, 3), -2)), D(1.1), D(0.5), D(-0.0), D("  3.14  "))
a, b = D("1.30"), D("1.20")
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b), -a, +a, abs(-a), a ** 2, b ** -1)
print(D(1) / D(3), D(2) / D(3), D(10) / D(4), D(1) / D(8), D("1.00") / D("0.1"), D(100) / D(7))
print(D("7") // D("-2"), D("7") % D("-2"), D("-7") // D("2"), D("-7") % D("2"), D(3) + 2, 5 - D("0.5"), 3 * D("1.1"))
print(a == b, a > b, a <= b, D("1.0") == D(1), D(1) == 1, D("0.5") == 0.5, D(2) < 3, sorted([D(3), D("1.5"), D(-2)]))
print(hash(D(1)) == hash(1), hash(D("1.5")) == hash(1.5), hash(D("-3.0")) == hash(-3), {D("2.0"): "x"}[2])
for q, r in [("0.01", ROUND_HALF_EVEN), ("0.01", ROUND_DOWN), ("1", ROUND_HALF_UP), ("0.1", ROUND_UP), ("1", ROUND_CEILING), ("1", ROUND_FLOOR)]:
    print([str(D(x).quantize(D(q), rounding=r)) for x in ("2.675", "-2.675", "2.665", "0.125", "7.5", "-7.5")])
print(D("1.23456").quantize(D("1.00")), D("5").quantize(D("0.001")), D("-0.004").quantize(D("0.01")))
print(int(D("3.99")), int(D("-3.99")), float(D("2.5")), round(D("2.5")), round(D("3.5")), round(D("2.675"), 2), round(D("-0.5")))
print(D("120.00").normalize(), D("0.0").normalize(), D("1E+2").normalize(), D("12.34").to_integral_value(), D("-1.5").to_integral_value())
print(D(2).sqrt(), D("0.25").sqrt(), D(16).sqrt(), D("1E-10").sqrt())
print(D("1E+3").to_eng_string(), D("123E+7"), D("1.23E-8"), D("0.00000123"), D("-1E+2"), D("1E+2") + 0)
print(format(D("1234.5678"), ".2f"), format(D("1234.5678"), ",.3f"), format(D("0.125"), ".1%"), format(D("-3.5"), "10.2f"), format(D("3.5"), "<8"), format(D("1234567.891"), ".3e"), format(D("5"), ""))
ctx = getcontext()
print(ctx.prec, ctx.rounding)
with localcontext() as c:
    c.prec = 5
    print(D(1) / D(7), D("123456789") + 0, D("1.234567") * 1)
print(D(1) / D(7))
c = Context(prec=3, rounding=ROUND_HALF_EVEN)
print(c.divide(D(2), D(3)), c.quantize(D("1.2345"), D("0.01")), c.add(D("999"), D("2")), c.multiply(D("1.11"), D("2")))
getcontext().rounding = ROUND_DOWN
print(D("1.238").quantize(D("0.01")), D(2) / D(3))
getcontext().rounding = ROUND_HALF_EVEN
for bad in (lambda: D("abc"), lambda: D(1) / D(0), lambda: D(0) / D(0), lambda: D("1.5").quantize(D("1e-30")), lambda: D("NaN") < 1, lambda: int(D("NaN")), lambda: D(1) + 1.5, lambda: D("sNaN") + 1):
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, isinstance(e, ArithmeticError))
getcontext().traps[DivisionByZero] = False
print(D(1) / D(0), D(-1) / D(0), getcontext().flags[DivisionByZero])
getcontext().clear_flags()
print(D(1) / D(3) * 3, getcontext().flags[Inexact], getcontext().flags[Rounded])
print(D("Infinity") + 1, D("-Infinity") * -1, D("NaN") + 1, D("Infinity") > 10**100)
print(decimal.ROUND_HALF_EVEN, Decimal.from_float(0.1), D(10) ** 30, D("1.1") ** 3, D(2) ** D(10))
