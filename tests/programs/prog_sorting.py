# Merge sort, quicksort, insertion sort and heap sort, checked against sorted().
def merge_sort(seq, key=lambda x: x):
    if len(seq) <= 1:
        return list(seq)
    mid = len(seq) // 2
    left = merge_sort(seq[:mid], key)
    right = merge_sort(seq[mid:], key)
    out = []
    i = j = 0
    while i < len(left) and j < len(right):
        if key(right[j]) < key(left[i]):
            out.append(right[j])
            j += 1
        else:
            out.append(left[i])
            i += 1
    out.extend(left[i:])
    out.extend(right[j:])
    return out


def quicksort(seq):
    if len(seq) <= 1:
        return list(seq)
    pivot = seq[len(seq) // 2]
    less = [x for x in seq if x < pivot]
    equal = [x for x in seq if x == pivot]
    greater = [x for x in seq if x > pivot]
    return quicksort(less) + equal + quicksort(greater)


def quicksort_inplace(a, lo=0, hi=None):
    if hi is None:
        hi = len(a) - 1
    while lo < hi:
        pivot = a[(lo + hi) // 2]
        i, j = lo, hi
        while i <= j:
            while a[i] < pivot:
                i += 1
            while a[j] > pivot:
                j -= 1
            if i <= j:
                a[i], a[j] = a[j], a[i]
                i += 1
                j -= 1
        if j - lo < hi - i:
            quicksort_inplace(a, lo, j)
            lo = i
        else:
            quicksort_inplace(a, i, hi)
            hi = j
    return a


def insertion_sort(a):
    a = list(a)
    for i in range(1, len(a)):
        v = a[i]
        j = i - 1
        while j >= 0 and a[j] > v:
            a[j + 1] = a[j]
            j -= 1
        a[j + 1] = v
    return a


def heap_sort(a):
    a = list(a)
    n = len(a)

    def sift(start, end):
        root = start
        while 2 * root + 1 <= end:
            child = 2 * root + 1
            if child + 1 <= end and a[child] < a[child + 1]:
                child += 1
            if a[root] < a[child]:
                a[root], a[child] = a[child], a[root]
                root = child
            else:
                return

    for start in range(n // 2 - 1, -1, -1):
        sift(start, n - 1)
    for end in range(n - 1, 0, -1):
        a[0], a[end] = a[end], a[0]
        sift(0, end - 1)
    return a


seed = 12345


def rand():
    global seed
    seed = (seed * 1103515245 + 12345) % (2 ** 31)
    return seed


datasets = {
    "empty": [],
    "one": [42],
    "sorted": list(range(20)),
    "reversed": list(range(20, 0, -1)),
    "dups": [rand() % 5 for _ in range(30)],
    "random": [rand() % 1000 - 500 for _ in range(200)],
    "floats": [(rand() % 2000) / 7 - 100 for _ in range(50)],
}
for name, data in datasets.items():
    expected = sorted(data)
    results = {
        "merge": merge_sort(data),
        "quick": quicksort(data),
        "inplace": quicksort_inplace(list(data)),
        "insertion": insertion_sort(data),
        "heap": heap_sort(data),
    }
    status = " ".join(f"{k}={'ok' if v == expected else 'BAD'}" for k, v in results.items())
    print(f"{name:8} n={len(data):3} {status}")
    print("   first:", expected[:6], "last:", expected[-3:])

records = [("bob", 3), ("amy", 1), ("cat", 3), ("dan", 2), ("eve", 1), ("fay", 3)]
print("stable merge by number:", merge_sort(records, key=lambda r: r[1]))
print("builtin sorted matches:", merge_sort(records, key=lambda r: r[1]) == sorted(records, key=lambda r: r[1]))
print("strings:", quicksort("the quick brown fox jumps over the lazy dog".split()))
