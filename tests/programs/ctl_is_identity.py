# is / is not / in / not in.
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a is not c, a == c, None is None, None is not None)
x = None
print(x is None, x == None, type(x) is type(None))
print(True is True, False is not True, (1 == 1) is True)
print(type(1) is int, type(1.0) is float, type("s") is str, type([]) is list, type(True) is bool, type(True) is int)
def f():
    pass
print(f() is None, f is f, print is print)
seen = []
for item in [1, None, 0, False, "", None]:
    if item is None:
        seen.append("None")
    elif item is False:
        seen.append("False")
    else:
        seen.append(repr(item))
print(seen)
print(3 in [1, 2, 3], 3 not in (1, 2), "k" in {"k": 1}, 1 in {1: "v"}, "v" not in {"k": "v"}, 2 in range(3))
