# Catching through the exception class hierarchy.
def trigger(kind):
    if kind == "key":
        {}["k"]
    elif kind == "index":
        [][0]
    elif kind == "zero":
        1 // 0
    elif kind == "overflow":
        2.0 ** 5000
    elif kind == "value":
        int("q")
    elif kind == "type":
        len(3)
    elif kind == "name":
        undefined_name_here
    elif kind == "attr":
        (1).nope
for kind in ["key", "index"]:
    try:
        trigger(kind)
    except LookupError as e:
        print(kind, "-> LookupError handler:", type(e).__name__)
for kind in ["zero", "overflow"]:
    try:
        trigger(kind)
    except ArithmeticError as e:
        print(kind, "-> ArithmeticError handler:", type(e).__name__)
for kind in ["key", "index", "zero", "overflow", "value", "type", "name", "attr"]:
    try:
        trigger(kind)
    except Exception as e:
        print(kind, "-> Exception handler:", type(e).__name__, isinstance(e, Exception), isinstance(e, BaseException))
print(issubclass(KeyError, LookupError), issubclass(IndexError, LookupError), issubclass(ZeroDivisionError, ArithmeticError))
print(issubclass(RecursionError, RuntimeError), issubclass(UnboundLocalError, NameError), issubclass(ValueError, Exception))
print(issubclass(SystemExit, Exception), issubclass(SystemExit, BaseException), issubclass(KeyboardInterrupt, Exception))
print(issubclass(StopIteration, Exception), issubclass(bool, int), issubclass(OverflowError, ArithmeticError))
print(issubclass(FileNotFoundError, OSError), issubclass(NotImplementedError, RuntimeError), issubclass(AssertionError, Exception))
try:
    try:
        raise KeyError("inner")
    except IndexError:
        print("not this one")
except LookupError as e:
    print("outer LookupError:", repr(e))
