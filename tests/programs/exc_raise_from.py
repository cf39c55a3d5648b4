# raise ... from ... sets __cause__; implicit chaining sets __context__.
class_map = {"a": 1}
def get(k):
    try:
        return class_map[k]
    except KeyError as e:
        raise ValueError("no such key: " + k) from e
try:
    get("zz")
except ValueError as e:
    print(e, "| cause:", repr(e.__cause__), "| context:", repr(e.__context__))
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError("during handling")
except RuntimeError as e:
    print(e, "| cause:", e.__cause__, "| context:", type(e.__context__).__name__, e.__context__)
try:
    try:
        int("x")
    except ValueError:
        raise TypeError("suppressed") from None
except TypeError as e:
    print(e, "| cause:", e.__cause__, "| suppress:", e.__suppress_context__)
try:
    raise IndexError("direct") from KeyError("k")
except IndexError as e:
    print(e, repr(e.__cause__), e.__cause__.args)
try:
    raise ValueError("plain")
except ValueError as e:
    print(e, e.__cause__, e.__context__)
