# A list subclass without overrides behaves like a list, with its own type.
class OC(list):
    pass

a = OC()
print(a, len(a), type(a).__name__, type(a) is OC)
a.append(3)
a.extend([1, 2])
a.insert(0, 9)
print(a, a[0], a[-1], a[1:3], type(a[1:3]).__name__)
a.sort()
print(a, a.index(3), a.count(9), a.pop(), a)
a[0] = 7
del a[1]
print(a, 7 in a, 8 in a, bool(a), bool(OC()))
b = OC([5, 6, 7])
print(b, OC("abc"), OC(range(3)), OC(x * x for x in range(4)))
print(b == [5, 6, 7], [5, 6, 7] == b, b != [5], b < [6], b > OC([1]))
c = b + [8]
print(c, type(c).__name__, type(b * 2).__name__, type(b.copy()).__name__)
b += [8, 9]
print(b, type(b).__name__)
b *= 2
print(len(b), type(b).__name__)
print(list(b)[:3], tuple(OC([1, 2])), sorted(OC([3, 1, 2])), sum(OC([1, 2, 3])))
print(isinstance(a, list), isinstance(a, OC), isinstance([], OC), issubclass(OC, list))
print(OC.__mro__, OC.__bases__, OC.__name__)
x, y, z = OC([1, 2, 3])
print(x, y, z, [*OC([4, 5])], max(OC([4, 9, 2])))
for i, v in enumerate(OC("xy")):
    print(i, v)
print(repr(OC()), str(OC([1, "a"])), f"{OC([2])}")
try:
    hash(OC())
except TypeError as e:
    print("TypeError", e)
try:
    OC([1])[5]
except IndexError as e:
    print("IndexError", e)
