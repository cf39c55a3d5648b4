# Set methods.
a = {1, 2, 3, 4, 5}
b = {4, 5, 6, 7}
print(a.union(b), a.intersection(b), a.difference(b), b.difference(a), a.symmetric_difference(b))
print(a.union([10, 11], (12,)), a.intersection(range(3, 10)), a.difference([1], [2]))
print(a.issubset(b), {4, 5}.issubset(a), a.issuperset({1, 2}), a.issuperset(b), a.isdisjoint(b), a.isdisjoint({8, 9}))
c = set(a)
c.update([8, 9], {10})
print(c)
c.intersection_update({1, 8, 9, 10, 11})
print(sorted(c))
c.difference_update([9])
print(sorted(c))
c.symmetric_difference_update({1, 2})
print(sorted(c))
print(set().union(), {1}.issubset({1}), set().issubset({1}), {1}.issuperset(set()))
print(a, b)
