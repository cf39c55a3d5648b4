# Generator expressions consumed by builtins.
print(sum(x * x for x in range(10)), sum((x for x in range(5)), 100))
print(any(x > 8 for x in range(10)), any(x > 9 for x in range(10)), all(x < 10 for x in range(10)), all(x for x in [1, 0]))
print(min(len(w) for w in ["abc", "de", "fghi"]), max(w for w in ["abc", "de", "fghi"]))
print(list(x + 1 for x in range(3)), tuple(c for c in "ab"), sorted(x % 4 for x in range(10)))
print("".join(str(d) for d in range(10)), "-".join(w.upper() for w in ["a", "b"]))
print(set(x % 3 for x in range(10)), dict((k, len(k)) for k in ["aa", "b"]))
g = (n * 2 for n in range(4))
print(next(g), next(g), list(g), list(g))
squares = (x * x for x in range(1, 1000))
print(next(s for s in squares if s > 500))
print(max((len(w), w) for w in "pick the longest word here".split()))
print(sum(1 for _ in range(1000) if _ % 7 == 0))
lazy = (1 / x for x in [1, 2, 0, 4])
out = []
try:
    for v in lazy:
        out.append(v)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e, out)
print(min((abs(x - 10), x) for x in [3, 14, 8, 11]), sorted((x for x in "hello"), reverse=True))
