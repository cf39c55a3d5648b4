# The format() builtin.
print(format(3.14159, ".2f"), format(42, "05d"), format("hi", ">5"), format(255, "x"))
print(format(1234567.891, ",.2f"), format(0.5, "%"), format(10, "b"), format(-42, "+d"))
print(repr(format(7)), repr(format(7.5)), repr(format("s")), repr(format(None)), repr(format([1, 2])))
print(format(True), format(True, "d"), format(2 ** 80, ","), format(-0.0, ".1f"))
print(format(1e-10, "g"), format(1e-10, ".3e"), format(123, "e"), format(42, "c"))
for spec in ["", "10", "<10", ">10", "^10", "010", ".3", "+", "-", " "]:
    print(repr(spec), repr(format(12.5, spec)), repr(format(-7, spec if "." not in spec else "")))
try:
    format("abc", "d")
except ValueError as e:
    print("ValueError", e)
try:
    format(3.5, "d")
except ValueError as e:
    print("ValueError", e)
