# List comparisons (lexicographic), equality and identity.
pairs = [([1, 2, 3], [1, 2, 3]), ([1, 2], [1, 2, 3]), ([1, 3], [1, 2, 3]), ([], []), ([], [0]),
         ([2], [1, 9, 9]), ([1, [2, 3]], [1, [2, 4]]), (["a", "b"], ["a", "c"]), ([1.0], [1])]
for x, y in pairs:
    print(x, y, x == y, x != y, x < y, x <= y, x > y, x >= y)
a = [1, 2]
b = a
c = [1, 2]
print(a == b, a is b, a == c, a is c, a is not c)
print(max([[1, 2], [1, 3], [0, 9]]), min([[3], [1, 1], [1]]))
print([1, 2] == (1, 2), [1, 2] != (1, 2))
try:
    print([1] < (1,))
except TypeError as e:
    print("TypeError", e)
try:
    print([1, "a"] < [1, 2])
except TypeError as e:
    print("TypeError", e)
