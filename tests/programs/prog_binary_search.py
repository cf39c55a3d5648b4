# Binary search variants on sorted lists.
def binary_search(seq, target):
    lo, hi = 0, len(seq) - 1
    steps = 0
    while lo <= hi:
        steps += 1
        mid = (lo + hi) // 2
        if seq[mid] == target:
            return mid, steps
        if seq[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1, steps


def lower_bound(seq, target):
    lo, hi = 0, len(seq)
    while lo < hi:
        mid = (lo + hi) // 2
        if seq[mid] < target:
            lo = mid + 1
        else:
            hi = mid
    return lo


def upper_bound(seq, target):
    lo, hi = 0, len(seq)
    while lo < hi:
        mid = (lo + hi) // 2
        if seq[mid] <= target:
            lo = mid + 1
        else:
            hi = mid
    return lo


def recursive_search(seq, target, lo=0, hi=None):
    if hi is None:
        hi = len(seq) - 1
    if lo > hi:
        return -1
    mid = (lo + hi) // 2
    if seq[mid] == target:
        return mid
    if seq[mid] < target:
        return recursive_search(seq, target, mid + 1, hi)
    return recursive_search(seq, target, lo, mid - 1)


data = [x * 3 for x in range(100)]
for t in [0, 3, 150, 297, 298, -1, 1000, 151]:
    idx, steps = binary_search(data, t)
    print(f"search {t:5}: index {idx:3} after {steps} steps; recursive {recursive_search(data, t)}")

dups = [1, 2, 2, 2, 3, 5, 5, 8, 13, 13, 13, 13, 21]
for t in [0, 1, 2, 4, 5, 13, 21, 22]:
    lo, hi = lower_bound(dups, t), upper_bound(dups, t)
    print(f"value {t:2}: lower {lo:2} upper {hi:2} count {hi - lo}")


def isqrt(n):
    lo, hi = 0, n
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if mid * mid <= n:
            lo = mid
        else:
            hi = mid - 1
    return lo


for n in [0, 1, 15, 16, 17, 10 ** 6, 10 ** 20 + 1, 2 ** 127]:
    r = isqrt(n)
    print(f"isqrt({n}) = {r}", r * r <= n < (r + 1) ** 2)


def find_root(f, lo, hi, iters=60):
    for _ in range(iters):
        mid = (lo + hi) / 2
        if (f(lo) < 0) == (f(mid) < 0):
            lo = mid
        else:
            hi = mid
    return (lo + hi) / 2


print("root of x^2-2:", round(find_root(lambda x: x * x - 2, 0, 2), 12))
print("root of x^3-x-1:", round(find_root(lambda x: x ** 3 - x - 1, 1, 2), 12))

words = sorted("pear apple fig banana cherry kiwi mango grape lemon lime".split())
print(words)
for w in ["fig", "lime", "zucchini", "aardvark", "grape"]:
    pos = lower_bound(words, w)
    found = pos < len(words) and words[pos] == w
    print(f"{w:10} insert at {pos:2} found={found}")

rotated = data[37:] + data[:37]


def search_rotated(seq, target):
    lo, hi = 0, len(seq) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if seq[mid] == target:
            return mid
        if seq[lo] <= seq[mid]:
            if seq[lo] <= target < seq[mid]:
                hi = mid - 1
            else:
                lo = mid + 1
        else:
            if seq[mid] < target <= seq[hi]:
                lo = mid + 1
            else:
                hi = mid - 1
    return -1


print([search_rotated(rotated, t) for t in [0, 111, 108, 297, 5]])
