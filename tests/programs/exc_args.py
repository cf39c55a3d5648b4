# Exception args, str and repr for various constructions.
cases = [ValueError(), ValueError("one"), ValueError("a", 2), KeyError("k"), KeyError(), KeyError(1, 2),
         IndexError(5), RuntimeError(None), TypeError(["list"]), Exception("x", "y", "z"), ZeroDivisionError("custom"),
         StopIteration(42), AssertionError(""), NameError("n")]
for e in cases:
    print(type(e).__name__, "|", e.args, "|", str(e), "|", repr(e))
e = ValueError("msg")
print(e.args[0], len(e.args), isinstance(e.args, tuple))
print(str(KeyError("quoted")), str(KeyError("")), str(Exception()), repr(Exception()))
