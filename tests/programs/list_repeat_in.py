# List repetition and membership.
print([0] * 5, [1, 2] * 3, [] * 10, [None] * 2, 2 * ["a"], [1] * 0, [1] * -3)
a = [1, 2, 3, [4, 5], "six", 7.0, None, (8, 9)]
for v in [1, 3, 4, [4, 5], "six", "s", 7, None, (8, 9), 8, 0]:
    print(repr(v), v in a, v not in a)
x = [[]] * 3
x[0].append(1)
print(x)
b = [1, 2]
b *= 3
print(b)
big = list(range(1000))
print(999 in big, 1000 in big, -1 in big, 500.0 in big)
try:
    [1] * [2]
except TypeError as e:
    print("TypeError", e)
