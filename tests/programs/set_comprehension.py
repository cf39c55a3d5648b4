# Set comprehensions.
print({x % 5 for x in range(20)})
print({x * x for x in range(-4, 5)})
print({(x, y) for x in range(3) for y in range(3) if x + y == 2} == {(0, 2), (1, 1), (2, 0)})
print(sorted({w.lower() for w in ["A", "a", "B", "b", "c"]}))
print({len(w) for w in "the quick brown fox jumped".split()})
primes = {n for n in range(2, 50) if all(n % d for d in range(2, n))}
print(sorted(primes), len(primes))
print({c for c in "mississippi"} == set("misp"), len({c for c in "mississippi"}))
