# len() of builtin containers and errors.
print(len(""), len("abc"), len("日本"), len([]), len([1, [2, 3]]), len(()), len((1,)), len({}), len({1: 2, 3: 4}))
print(len(set()), len({1, 2, 2}), len(frozenset("aab")), len(range(10)), len(range(0, 100, 7)), len(range(5, 0, -1)))
print(len({}.keys()), len({"a": 1}.items()), len("a" * 1000), len([0] * 10 ** 5), len(str(2 ** 1000)))
for bad in [5, 1.5, None, True, iter([]), len]:
    try:
        len(bad)
    except TypeError as e:
        print("TypeError", e)
