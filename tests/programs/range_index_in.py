# Indexing, slicing, membership and index/count on ranges.
r = range(0, 100, 7)
print(r[3], r[-2], r[len(r) - 1], r[2:5], r[::-1], r[::2], list(r[1:4]))
print(14 in r, 15 in r, 98 in r, 105 in r, -7 in r, 14.0 in r, "x" in r)
print(r.index(49), r.count(49), r.count(50))
big = range(0, 10 ** 12, 3)
print(len(big), big[10 ** 9], 999999999999 in big, 10 ** 12 - 1 in big, big[-1])
try:
    r[100]
except IndexError as e:
    print("IndexError", e)
try:
    r.index(50)
except ValueError as e:
    print("ValueError", e)
