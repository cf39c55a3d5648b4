# except with a tuple of exception types.
def risky(kind):
    if kind == 0:
        return 1 / 0
    if kind == 1:
        return [][1]
    if kind == 2:
        return {}["x"]
    if kind == 3:
        return int("nope")
    if kind == 4:
        return None + 1
    return "fine"
for k in range(6):
    try:
        print(k, risky(k))
    except (ZeroDivisionError, IndexError) as e:
        print(k, "arith/index:", type(e).__name__, e)
    except (KeyError, ValueError) as e:
        print(k, "key/value:", type(e).__name__, e)
    except Exception as e:
        print(k, "other:", type(e).__name__, e)
errors = (TypeError, ValueError)
try:
    int([])
except errors as e:
    print("dynamic tuple:", type(e).__name__)
try:
    try:
        1 / 0
    except (KeyError, IndexError):
        print("wrong handler")
except ZeroDivisionError:
    print("outer caught ZeroDivisionError")
