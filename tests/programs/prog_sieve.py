# Sieve of Eratosthenes and some prime statistics.
def sieve(limit):
    """Return a list of booleans: is_prime[i] tells whether i is prime."""
    is_prime = [True] * (limit + 1)
    is_prime[0] = False
    if limit >= 1:
        is_prime[1] = False
    p = 2
    while p * p <= limit:
        if is_prime[p]:
            for multiple in range(p * p, limit + 1, p):
                is_prime[multiple] = False
        p += 1
    return is_prime


def primes_up_to(limit):
    flags = sieve(limit)
    return [i for i, flag in enumerate(flags) if flag]


def segmented_count(limit, segment):
    """Count primes below limit by sieving fixed-size segments."""
    base = primes_up_to(int(limit ** 0.5) + 1)
    count = 0
    low = 0
    while low < limit:
        high = min(low + segment, limit)
        mark = [True] * (high - low)
        for p in base:
            start = max(p * p, ((low + p - 1) // p) * p)
            for m in range(start, high, p):
                mark[m - low] = False
        for i in range(low, high):
            if i >= 2 and mark[i - low]:
                count += 1
        low = high
    return count


primes = primes_up_to(200)
print("primes up to 200:", primes)
print("count:", len(primes), "sum:", sum(primes), "largest:", primes[-1])

for limit in [10, 100, 1000, 10000, 30000]:
    print(f"pi({limit}) = {len(primes_up_to(limit))}")

print("segmented pi(30000) =", segmented_count(30000, 1000))

# Twin primes and prime gaps.
ps = primes_up_to(5000)
twins = [(a, b) for a, b in zip(ps, ps[1:]) if b - a == 2]
print("twin pairs below 5000:", len(twins), "first five:", twins[:5], "last:", twins[-1])
gaps = {}
for a, b in zip(ps, ps[1:]):
    gaps[b - a] = gaps.get(b - a, 0) + 1
for gap in sorted(gaps):
    print(f"gap {gap:2}: {gaps[gap]}")
largest_gap = max(zip(ps, ps[1:]), key=lambda pair: pair[1] - pair[0])
print("largest gap below 5000:", largest_gap, largest_gap[1] - largest_gap[0])

# Goldbach decompositions for a few even numbers.
prime_set = set(ps)
for n in [4, 28, 100, 998, 4998]:
    ways = [(p, n - p) for p in ps if p <= n - p and (n - p) in prime_set]
    print(f"{n} = {ways[0][0]} + {ways[0][1]} ({len(ways)} ways)")

# Prime factorisation using the prime list.
def factorize(n):
    factors = []
    for p in ps:
        if p * p > n:
            break
        while n % p == 0:
            factors.append(p)
            n //= p
    if n > 1:
        factors.append(n)
    return factors

for n in [2, 12, 97, 360, 1001, 65536, 999999, 123456789]:
    f = factorize(n)
    check = 1
    for x in f:
        check *= x
    print(n, "=", " * ".join(str(x) for x in f), check == n)

# Digit sums of primes mod 10 histogram.
hist = [0] * 10
for p in ps:
    hist[p % 10] += 1
print("last digit histogram:", hist)
