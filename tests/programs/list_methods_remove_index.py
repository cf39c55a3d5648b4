# remove / index / count.
a = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]
print(a.count(5), a.count(1), a.count(7), a.index(5), a.index(5, 5), a.index(5, 5, 9), a.index(3, -2))
a.remove(1)
print(a)
a.remove(5)
print(a)
while 5 in a:
    a.remove(5)
print(a)
mixed = [1, 1.0, True, "1", [1], (1,)]
print(mixed.count(1), mixed.count("1"), mixed.count([1]), mixed.index(True), mixed.index((1,)))
try:
    a.remove(42)
except ValueError as e:
    print("ValueError", e)
try:
    a.index(42)
except ValueError as e:
    print("ValueError", e)
try:
    a.index(3, 1, 3)
except ValueError as e:
    print("ValueError", e)
nested = [[1, 2], [3], [1, 2]]
print(nested.count([1, 2]), nested.index([3]))
nested.remove([1, 2])
print(nested)
