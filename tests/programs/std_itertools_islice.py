from itertools import islice
print(list(islice("ABCDEFG", 2)), list(islice("ABCDEFG", 2, 4)), list(islice("ABCDEFG", 2, None)), list(islice("ABCDEFG", 0, None, 2)))
print(list(islice(range(100), 10, 50, 7)), list(islice(range(5), 10)), list(islice(range(5), 3, 1)), list(islice([], 3)))
print(list(islice(range(10), None)), list(islice(range(10), None, None, 3)), list(islice(range(10), 0)))
it = iter(range(10))
print(list(islice(it, 3)), list(islice(it, 2)), next(it))
it = iter(range(10))
print(list(islice(it, 2, 4)), next(it))
def gen():
    for i in range(5):
        print("yield", i)
        yield i
print(list(islice(gen(), 1, 3)))
for args in [(-1,), ("a",), (1, -1), (0, 1, 0), (0, 1, -1)]:
    try:
        islice(range(3), *args)
    except ValueError as e:
        print("ValueError", e)
