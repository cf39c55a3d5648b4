# Exceptions raised and caught inside hot loops.
def safe_inverse_sum(values):
    total = 0.0
    errors = 0
    for v in values:
        try:
            total += 1 / v
        except ZeroDivisionError:
            errors += 1
    return total, errors
vals = [(i % 7) - 3 for i in range(3000)]
print(safe_inverse_sum(vals))
def parse_all(tokens):
    good = []
    bad = 0
    for t in tokens:
        try:
            good.append(int(t))
        except ValueError:
            bad += 1
    return sum(good), bad
tokens = [str(i) if i % 5 else "x" + str(i) for i in range(2000)]
print(parse_all(tokens))
def lookup_many(n):
    d = {i: i * i for i in range(0, n, 2)}
    hits = misses = 0
    for i in range(n):
        try:
            hits += d[i]
        except KeyError:
            misses += 1
    return hits, misses
print(lookup_many(1000))
def overflow_guard(n):
    out = []
    for i in range(n):
        try:
            if i % 100 == 99:
                raise OverflowError(i)
            out.append(i)
        except OverflowError as e:
            out.append(-e.args[0])
        finally:
            pass
    return sum(out), len(out)
print(overflow_guard(1000))
