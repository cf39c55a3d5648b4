# Uncaught StopIteration from next() on an exhausted iterator.
it = iter(["a", "b"])
print(next(it))
print(next(it))
print(next(it))
