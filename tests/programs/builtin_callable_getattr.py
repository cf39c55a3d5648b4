# callable(), getattr(), setattr(), hasattr() on modules and builtins.
import math
import sys
print(callable(print), callable(len), callable(math.sqrt), callable(int), callable(1), callable("s"), callable(None), callable([].append))
print(getattr(math, "pi"), getattr(math, "sqrt")(16), getattr(math, "nope", "missing"), getattr("abc", "upper")())
print(hasattr(math, "pi"), hasattr(math, "nope"), hasattr(str, "upper"), hasattr(list, "append"), hasattr(dict, "push"))
print(hasattr(sys, "argv"), hasattr(sys, "maxsize"), hasattr(5, "real"), hasattr("", "join"))
setattr(math, "my_constant", 42)
print(math.my_constant, getattr(math, "my_constant"), hasattr(math, "my_constant"))
name = "floor"
fn = getattr(math, name)
print(fn(2.7), [getattr(math, n)(2.5) for n in ["floor", "ceil", "trunc"]])
method = getattr([3, 1, 2], "index")
print(method(1))
try:
    getattr(math, "missing_attr")
except AttributeError as e:
    print("AttributeError", e)
try:
    setattr(5, "x", 1)
except AttributeError as e:
    print("AttributeError", e)
up = "hello".upper
print(up(), callable(up), (5).real, 2.5.real)
