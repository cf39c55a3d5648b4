# AttributeError messages on builtin types.
tests = [lambda: (5).foo, lambda: "s".nope, lambda: [].push, lambda: {}.add, lambda: None.x,
         lambda: (1, 2).append, lambda: 1.5.bar, lambda: True.y, lambda: range(3).append,
         lambda: "s".upper.zzz]
for i, t in enumerate(tests):
    try:
        t()
    except AttributeError as e:
        print(i, "AttributeError:", e)
try:
    x = 5
    x.real = 3
except AttributeError as e:
    print("AttributeError:", e)
import math
try:
    math.not_a_function
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(5, "foo"), hasattr("s", "upper"), hasattr([], "append"), hasattr(None, "x"))
print(getattr(5, "foo", "default"), getattr("abc", "upper")())
try:
    getattr([], "nothing")
except AttributeError as e:
    print("AttributeError:", e)
