# isinstance checks against exception classes and handler ordering.
errs = [ValueError("v"), KeyError("k"), IndexError("i"), ZeroDivisionError("z"), TypeError("t"),
        RecursionError("r"), UnboundLocalError("u"), StopIteration(), AssertionError()]
for e in errs:
    print(type(e).__name__, isinstance(e, Exception), isinstance(e, LookupError), isinstance(e, ArithmeticError),
          isinstance(e, RuntimeError), isinstance(e, NameError), isinstance(e, (KeyError, TypeError)))
print(isinstance(ValueError, type), isinstance(ValueError(), ValueError), type(ValueError()) is ValueError)
print(ValueError.__name__, type(KeyError("x")).__name__)
def classify(exc):
    try:
        raise exc
    except KeyError:
        return "KeyError first"
    except LookupError:
        return "LookupError second"
    except Exception:
        return "Exception last"
print(classify(KeyError()), classify(IndexError()), classify(ValueError()), classify(KeyError))
