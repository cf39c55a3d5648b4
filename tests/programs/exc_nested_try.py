# Nested try statements and handler selection.
def level(n):
    try:
        try:
            if n == 1:
                raise ValueError("v")
            if n == 2:
                raise KeyError("k")
            if n == 3:
                raise TypeError("t")
            return "ok"
        except ValueError as e:
            return "inner handled " + str(e)
        finally:
            print("  inner finally", n)
    except KeyError as e:
        return "outer handled " + repr(e)
    finally:
        print("  outer finally", n)
for n in range(4):
    try:
        print(n, level(n))
    except TypeError as e:
        print(n, "escaped:", e)
try:
    try:
        raise ValueError("first")
    except ValueError:
        try:
            raise KeyError("second")
        except KeyError as e2:
            print("handled second inside handler", repr(e2))
        print("back in first handler")
except Exception:
    print("not reached")
def retry(attempts):
    for i in range(attempts):
        try:
            if i < 2:
                raise ConnectionError("attempt %d failed" % i)
            return "succeeded on attempt %d" % i
        except ConnectionError as e:
            print("  ", e)
    return "gave up"
print(retry(5), retry(2))
