# except E as e: the name is bound to the instance and unbound afterwards.
try:
    [1, 2, 3][10]
except IndexError as e:
    print(type(e).__name__, e, repr(e), e.args)
try:
    print(e)
except NameError as ne:
    print("NameError", ne)
errors = []
for f in [lambda: 1 / 0, lambda: int("z"), lambda: [].pop(), lambda: {}[0], lambda: "a" - 1]:
    try:
        f()
    except Exception as err:
        errors.append(err)
for err in errors:
    print(type(err).__name__, "|", err, "|", repr(err))
print([type(x).__name__ for x in errors], isinstance(errors[0], ArithmeticError))
e = "reused name"
try:
    raise ValueError("temp")
except ValueError as e:
    pass
try:
    print(e)
except NameError:
    print("e is unbound after the except block")
