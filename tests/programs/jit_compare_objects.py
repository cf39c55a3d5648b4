# CompareOp beyond ints and floats in compiled code: defaults for plain instances,
# user rich comparisons (both sides, reflected, NotImplemented), builtins against
# instances, exceptions raised by __eq__/__lt__, and compare-and-branch on each.


class Plain:
    pass


class Eq:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return isinstance(other, Eq) and self.v == other.v

    def __lt__(self, other):
        if not isinstance(other, Eq):
            return NotImplemented
        return self.v < other.v


class Sub(Eq):
    def __eq__(self, other):
        return "sub-eq"


class Bad:
    def __eq__(self, other):
        raise KeyError("no equality")

    def __gt__(self, other):
        raise RuntimeError("no order")


def branches(a, b):
    out = []
    if a == b:
        out.append("eq")
    if a != b:
        out.append("ne")
    if a is b:
        out.append("is")
    return out


def compare_all(pairs):
    return [(a == b, a != b) for a, b in pairs]


p, q = Plain(), Plain()
print(branches(p, p), branches(p, q), branches(p, None), branches(None, p))
print(compare_all([(p, p), (p, q), (p, 1), ("x", p), (p, "x"), ([1], p)]))
print(compare_all([(Eq(1), Eq(1)), (Eq(1), Eq(2)), (Eq(1), 1), (1, Eq(1))]))
print(Eq(1) == Sub(2), Sub(2) == Eq(1), Eq(1) != Sub(2))
print(Eq(1) < Eq(2), Eq(3) > Eq(2), sorted([Eq(3), Eq(1), Eq(2)])[0].v)
print(branches("abc", "abc"), branches("abc", "abd"), branches((1, 2), (1, 2)))
for i in range(3):
    try:
        print(Plain() < Plain())
    except TypeError as e:
        print("TypeError:", e)
    try:
        print(Eq(1) < 5)
    except TypeError as e:
        print("TypeError:", e)
try:
    branches(Bad(), 1)
except KeyError as e:
    print("KeyError:", e)


def order(a, b):
    return a > b


print(order(Bad() if False else 3, 2))
order(Bad(), Plain())
