# Special methods defined on a list subclass win over the list behaviour.
class Logged(list):
    def __getitem__(self, i):
        print("get", i)
        return super().__getitem__(i)

    def __setitem__(self, i, v):
        print("set", i, v)
        super().__setitem__(i, v)

    def __delitem__(self, i):
        print("del", i)
        super().__delitem__(i)

    def __len__(self):
        return super().__len__() * 100

    def __contains__(self, x):
        print("contains", x)
        return super().__contains__(x)

    def __repr__(self):
        return "Logged(" + super().__repr__() + ")"

l = Logged([1, 2, 3])
print(l[0], l[-1])
l[1] = 20
del l[0]
print(len(l), list.__len__(l), 3 in l, 5 in l)
print(l, str(l), [l], f"{l!r}")
print(bool(l), bool(Logged()))

class Rev(list):
    def __iter__(self):
        return iter(super().copy()[::-1])

r = Rev([1, 2, 3])
print(list(r), [x for x in r], tuple(r), sorted(r))
print(r, r[0])

class Eq(list):
    def __eq__(self, other):
        return len(self) == len(other)
    __hash__ = None

print(Eq([1]) == [2], [2] == Eq([1]), Eq([1]) != [2], Eq([1, 2]) == [1])

class Add(list):
    def __add__(self, other):
        return Add(list(self) + list(other) + ["+"])
    def __radd__(self, other):
        return "radd"
    def __mul__(self, n):
        return "mul %d" % n

print(Add([1]) + [2], [2] + Add([1]), Add([1]) * 3, type(Add([1]) + [2]).__name__)

class Truth(list):
    def __bool__(self):
        return True
print(bool(Truth()), "yes" if Truth() else "no")
