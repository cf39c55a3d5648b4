# Collatz sequence statistics with memoization.
cache = {1: 1}


def length(n):
    path = []
    while n not in cache:
        path.append(n)
        n = n // 2 if n % 2 == 0 else 3 * n + 1
    total = cache[n]
    for m in reversed(path):
        total += 1
        cache[m] = total
    return total


def sequence(n):
    seq = [n]
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        seq.append(n)
    return seq


print("sequence(27) has", len(sequence(27)), "terms; peak", max(sequence(27)))
print("first terms of 27:", sequence(27)[:15])
print("sequence(6):", sequence(6))

LIMIT = 30000
best_n, best_len = 1, 1
lengths = [0] * (LIMIT + 1)
for n in range(1, LIMIT + 1):
    ln = length(n)
    lengths[n] = ln
    if ln > best_len:
        best_n, best_len = n, ln
        print(f"new record: n={n} length={ln}")
print("longest below", LIMIT, "->", best_n, best_len)

histogram = {}
for n in range(1, LIMIT + 1):
    bucket = lengths[n] // 25 * 25
    histogram[bucket] = histogram.get(bucket, 0) + 1
for bucket in sorted(histogram):
    print(f"{bucket:3}-{bucket + 24:3}: {histogram[bucket]:5} {'*' * (histogram[bucket] // 300)}")

peaks = []
for n in range(1, 200):
    s = sequence(n)
    peaks.append((max(s), n))
peaks.sort(reverse=True)
print("highest peaks below 200:", peaks[:5])

avg = sum(lengths[1:]) / LIMIT
print(f"average length: {avg:.4f}")
print("cache size:", len(cache), "max cached value:", max(cache))
even_odd = [0, 0]
for v in sequence(97):
    even_odd[v % 2] += 1
print("97: even steps", even_odd[0], "odd steps", even_odd[1])

# Stopping time: steps until the sequence first drops below its start.
def stopping_time(n):
    start, steps = n, 0
    while n >= start and n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


print("stopping times 1..30:", [stopping_time(n) for n in range(1, 31)])
records = []
best = 0
for n in range(2, 5000):
    st = stopping_time(n)
    if st > best:
        best = st
        records.append((n, st))
print("stopping-time records below 5000:", records)
for k in range(1, 11):
    m = 2 ** k - 1
    print(f"2^{k}-1 = {m:4}: length {length(m):3}, peak {max(sequence(m)):6}")
