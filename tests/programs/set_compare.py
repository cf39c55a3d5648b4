# Set comparisons (subset/superset operators) and equality.
a = {1, 2}
b = {1, 2, 3}
c = {1, 2}
print(a < b, a <= b, a > b, a >= b, a == c, a < c, a <= c, b > a, b >= a, a != b)
print({1} < {2}, {1} > {2}, {1} == {2}, set() < {1}, set() <= set(), set() < set())
print(frozenset({1, 2}) == {1, 2}, frozenset() == set(), {1, 2} == frozenset({2, 1}))
print({1, 2} == [1, 2], {1: None} == {1})
sets = [{1, 2, 3}, {1}, {1, 2}, set(), {2, 3}]
print(sorted(sets, key=len))
print([s for s in sets if s <= {1, 2, 3}], [s for s in sets if s >= {2}])
