# float() from strings and other values.
for s in ["1", "1.5", "-2.25", "  3.0  ", "1e10", "1E-3", ".5", "5.", "-.5e2", "inf", "-inf",
          "Infinity", "nan", "NaN", "+1.0", "1_000.5", "0.1", "123456789012345678901234567890",
          "1e400", "-1e400", "1e-400"]:
    print(repr(s), float(s))
for bad in ["abc", "", "1.2.3", "1e", "--1", "0x10", "1,5"]:
    try:
        print(float(bad))
    except ValueError as e:
        print("ValueError", e)
print(float(3), float(-0), float(True), float(2 ** 80), float(10 ** 20))
print(float(), float(1.25), str(float("1.10")), float("  -0.0 "))
try:
    float(10 ** 400)
except OverflowError as e:
    print("OverflowError", e)
