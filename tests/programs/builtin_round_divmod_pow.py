# round(), divmod(), pow(), abs() builtins on mixed types.
print(round(3.14159, 2), round(2.5), round(3.5), round(-2.5), round(1234, -2), round(0.5 + 1e-9))
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), divmod(-17.5, -5), divmod(2 ** 65, 7))
print(pow(2, 8), pow(2.0, 3), pow(4, 0.5), pow(8, 1 / 3), pow(2, -3), pow(7, 2, 5))
print(abs(-3), abs(3.5), abs(-0.0), abs(-2 ** 64), abs(False))
print(round(1e300, -300), round(123.456, -1), round(-0.5), round(-1.5), round(1.05, 1), round(1.15, 1))
print(type(pow(2, 2)).__name__, type(pow(2, -2)).__name__, type(pow(2.0, 2)).__name__, type(divmod(5.0, 2)[0]).__name__)
try:
    round("1.5")
except TypeError as e:
    print("TypeError", e)
try:
    divmod("a", 1)
except TypeError as e:
    print("TypeError", e)
try:
    pow(2, 3.0, 5)
except TypeError as e:
    print("TypeError", e)
