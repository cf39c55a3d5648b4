# repr/str of lists with nested structures and strings.
print([])
print([1, "two", 3.0, None, True, [4, [5]], (6,), {"k": [7]}, "it's", 'q"uote'])
print(str([1, 2]), repr(["a"]), str(["a\nb"]), [[], [[]], [[], []]])
print([1.5, -0.0, float("inf"), 10 ** 20, -3], [(1, 2), (3,), ()])
print(["tab\t", "\\", "日本", ""], [chr(0), chr(127)])
nested = {"list": [1, {"inner": (2, [3])}]}
print(nested, [nested])
x = [1]
x.append(x)
print(x, [x, x])
print(len(repr(list(range(30)))))
