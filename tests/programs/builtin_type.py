# type() of values, type names and type identity.
vals = [1, 1.5, "s", [], (), {}, set(), frozenset(), None, True, range(2), 2 ** 100, len, iter([]), (x for x in []),
        lambda: 0, print, type, int, zip(), map(abs, []), enumerate([]), reversed([]), {}.keys(), {}.values(), {}.items()]
for v in vals:
    print(type(v).__name__)
for v in [1, 1.5, "s", [], (), {}, set(), frozenset(), None, True, range(2), type, int]:
    print(type(v))
print(type(1) is int, type(True) is int, type(True) is bool, type(None) is type(None), type(1.0) == float)
print(type(type(1)), type(int), int.__name__, str.__name__, type(len).__name__)
print(type("x")("abc"), type(5)("12") + 1, type([])((1, 2)), type(3.0)("2.5"))
def f():
    pass
print(type(f).__name__, type(f()).__name__)
