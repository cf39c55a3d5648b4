# hash() of ints, floats and tuples: only equalities are printed.
print(hash(0) == 0, hash(1) == 1, hash(-1) == hash(-2), hash(12345) == 12345)
print(hash(1) == hash(1.0), hash(True) == hash(1), hash(0) == hash(0.0) == hash(False) == hash(-0.0))
print(hash((1, 2)) == hash((1, 2)), hash((1, 2)) == hash((2, 1)), hash(()) == hash(()), hash((1,)) == hash((1.0,)))
print(hash(2 ** 61 - 1) == 0, hash(2 ** 61) == 1, hash(2 ** 100) == hash(2 ** 100))
print(hash(1.5) == hash(1.5), hash(2.0) == hash(2), hash(10 ** 20) == hash(1e20), hash(float("inf")) == hash(float("inf")))
print(type(hash(5)).__name__, type(hash((1, 2))).__name__, isinstance(hash("s"), int))
print(len({hash(i) for i in range(100)}), len({hash((i, i + 1)) for i in range(100)}))
for bad in [[], {}, {1}, [1, 2], ([],)]:
    try:
        hash(bad)
    except TypeError as e:
        print("TypeError", e)
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])), hash("abc") == hash("abc"), hash(None) == hash(None))
