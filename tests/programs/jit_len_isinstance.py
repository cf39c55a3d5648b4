# len() and isinstance() answered from their arguments alone for plain builtin
# containers and classes; subclasses, metaclasses and errors take the full builtins.
class L(list):
    def __len__(self):
        return 42


class Meta(type):
    def __instancecheck__(cls, obj):
        return obj == "magic"


class M(metaclass=Meta):
    pass


class A:
    pass


class B(A):
    pass


def lens(xs):
    out = []
    for x in xs:
        try:
            out.append(len(x))
        except (TypeError, OverflowError) as e:
            out.append(type(e).__name__ + ": " + str(e))
    return out


def checks(pairs):
    out = []
    for x, c in pairs:
        try:
            out.append(isinstance(x, c))
        except TypeError as e:
            out.append("TypeError: " + str(e))
    return out


vals = ["héllo", b"ab", [1, 2], (1,), {1: 2}, {3}, frozenset(), {}.keys(), L([1]),
        range(10), range(0, 2**62, 1), 5, None, bytearray(b"xyz")]
for i in range(40):
    r = lens(vals)
print(r)
print(lens([range(-2**62, 2**62)]))
pairs = [(B(), A), (A(), B), (1, int), (True, int), ("s", str), ("magic", M), ("x", M),
         (M(), M), (1, (str, int)), (1, 5), ([], list), (L(), list)]
for i in range(40):
    r = checks(pairs)
print(r)
try:
    len()
except TypeError as e:
    print(e)
try:
    len([], [])
except TypeError as e:
    print(e)
try:
    isinstance(1)
except TypeError as e:
    print(e)
