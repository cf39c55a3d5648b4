from itertools import takewhile, dropwhile, filterfalse, compress, starmap, zip_longest
print(list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(takewhile(bool, [])), list(dropwhile(bool, [0, 0])))
print(list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, "", "a", None, [], [0]])))
print(list(compress("ABCDEF", [1, 0, 1, 0, 1, 1])), list(compress(range(10), [True, False] * 2)))
print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])), list(starmap(lambda *a: sum(a), [(1, 2, 3), (), (4,)])))
print(list(zip_longest("ABCD", "xy", fillvalue="-")), list(zip_longest(range(2), range(3), range(1))), list(zip_longest()))
print(list(zip_longest([1], [])))
