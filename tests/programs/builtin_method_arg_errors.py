# Argument-count errors of builtin methods name the method as CPython does (the name
# is formatted only when raising).
import math

cases = [
    lambda: "abc".upper(1),
    lambda: "abc".lower(x=1),
    lambda: "abc".isdigit(2, 3),
    lambda: "a,b".partition(),
    lambda: "a,b".rpartition(",", ","),
    lambda: "a,b".partition(sep=","),
    lambda: b"abc".upper(1),
    lambda: b"abc".isdigit(1),
    lambda: math.floor(),
    lambda: math.floor(1, 2),
    lambda: math.sqrt(),
    lambda: math.sqrt(x=4),
]
for case in cases:
    try:
        case()
    except TypeError as e:
        print("TypeError:", e)
print("abc".upper(), "ABC".lower(), "123".isdigit(), "a,b".partition(","),
      b"ab".upper(), math.floor(2.5), math.sqrt(16))
