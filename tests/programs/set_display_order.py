# Constant set displays iterate in CPython's order: CPython folds them into a
# frozenset constant rebuilt from its own iteration order, then merges that into a
# new set (colliding hashes and table sizes make the order visible).
print({100, 17, 33, 1, 65, 49, 81, 2, 18, 34})
u = set()
u |= {5, 37, 69}
print(u)
print({8, 16, 24, 32, 40, 48, 56, 64, 72})
print({1, 1.0, True, 2, 9, 17})
print({-1, -2, 2**40, 2**61 - 1, 2**61, 3.5, False})
print({0.5, 1.5, 8.0, 16.0, 9, 25})
print(sorted({"b", "a", "c"}))
for i in range(3):
    print({i, i + 8, i + 16, i + 32, 64})
print(frozenset({33, 1, 65, 97, 129}))
