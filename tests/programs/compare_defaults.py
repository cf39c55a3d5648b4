# Comparisons of instances whose classes define no comparison methods take the
# defaults (identity for ==/!=, TypeError for ordering) — until a method appears.


class A:
    pass


class B(A):
    pass


a1, a2, b = A(), A(), B()
print(a1 == a1, a1 == a2, a1 != a2, a1 != a1, a1 == b, b != a1)
try:
    a1 < a2
except TypeError as e:
    print("TypeError", e)
try:
    a1 >= b
except TypeError as e:
    print("TypeError", e)
print(a1 == 1, 1 == a1, a1 != "x", None == a1)


def eq(self, other):
    return "custom eq"


A.__eq__ = eq
print(a1 == a2, b == a1, a1 != a2)
del A.__eq__
print(a1 == a2, a1 != a1)


class C(A):
    def __lt__(self, other):
        return "C.__lt__"

    def __gt__(self, other):
        return "C.__gt__"


c = C()
print(a1 < c, c < a1, a1 > c)
B.__le__ = lambda self, other: "B.__le__"
print(b <= a1, a1 >= b)
print(sorted([3, 1, 2]) == [1, 2, 3], [a1] == [a1], [a1] == [a2], (a1, 1) < (a1, 2))
