# Messages of arithmetic errors.
ops = [lambda: 1 / 0, lambda: 1 // 0, lambda: 1 % 0, lambda: divmod(1, 0), lambda: 1.0 / 0, lambda: 1.0 // 0.0,
       lambda: 5 % 0.0, lambda: 0 ** -1, lambda: (2 ** 100) // 0, lambda: 10 ** 400 * 1.0, lambda: 2.0 ** 10000,
       lambda: pow(0, -2)]
for i, op in enumerate(ops):
    try:
        print(i, op())
    except ZeroDivisionError as e:
        print(i, "ZeroDivisionError:", e)
    except OverflowError as e:
        print(i, "OverflowError:", type(e).__name__)
x = 0
try:
    x = 5 / x
except ArithmeticError as e:
    print("ArithmeticError caught:", type(e).__name__, e, x)
