# int() from strings with bases, whitespace, signs and underscores.
print(int("42"), int("-42"), int("+7"), int("  15  "), int("0"), int("-0"))
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0xff", 0), int("777", 8), int("0o777", 0))
print(int("101010", 2), int("0b101010", 0), int("z", 36), int("ZZ", 36), int("10", 3))
print(int("1_000_000"), int("0x_ff", 16), int("12345678901234567890123"))
print(int("-0b11", 0), int("  -0x10  ", 16))
for s in ["9", "10", "11", "1z"]:
    try:
        print(s, int(s, 36), int(s, 16))
    except ValueError as e:
        print("ValueError", e)
for bad in ["abc", "", "1.5", "12a", " ", "0x10", "--1", "1__0"]:
    try:
        print(int(bad))
    except ValueError as e:
        print("ValueError", e)
try:
    int("8", 8)
except ValueError as e:
    print("ValueError", e)
print(int(3.9), int(-3.9), int(True), int(False), int(1e20), int(-0.5))
print(int(), int("100", base=2), str(int("0777")))
