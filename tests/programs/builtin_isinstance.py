# isinstance() and issubclass() with builtin types and tuples.
vals = [1, 1.5, "s", [1], (1,), {1: 2}, {1}, frozenset(), None, True, range(1), 2 ** 80]
for v in vals:
    print(repr(v), isinstance(v, int), isinstance(v, (float, str)), isinstance(v, (list, tuple)), isinstance(v, dict),
          isinstance(v, (set, frozenset)), isinstance(v, bool), isinstance(v, object), isinstance(v, type(None)))
print(issubclass(bool, int), issubclass(int, bool), issubclass(int, (str, int)), issubclass(float, object))
print(issubclass(list, object), issubclass(dict, (list, tuple)), issubclass(int, int))
print(isinstance(int, type), isinstance(type, type), isinstance(len, object), isinstance(3, ()))
try:
    isinstance(3, 4)
except TypeError as e:
    print("TypeError", e)
try:
    issubclass(3, int)
except TypeError as e:
    print("TypeError", e)
