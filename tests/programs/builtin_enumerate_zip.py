# enumerate() with start and zip() with uneven inputs.
print(list(enumerate("abc")), list(enumerate("abc", 1)), list(enumerate([], 5)), list(enumerate(["x"], start=-2)))
for i, (a, b) in enumerate(zip("xy", [1, 2]), start=10):
    print(i, a, b)
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1, 2])), list(zip(range(3), range(10), "abcd")))
names = ["ann", "bob", "cy"]
ages = [30, 25, 41]
print(dict(zip(names, ages)), sorted(zip(ages, names)))
pairs = list(zip(names, ages))
n2, a2 = zip(*pairs)
print(n2, a2)
print(list(zip(*[[1, 2, 3], [4, 5, 6], [7, 8, 9]])))
e = enumerate("hi")
print(next(e), list(e))
print([(i, c) for i, c in enumerate("hello") if c == "l"])
