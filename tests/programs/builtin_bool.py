# bool() truthiness of every builtin type.
vals = [0, 1, -1, 0.0, -0.0, 0.1, float("nan"), float("inf"), "", " ", "0", "False", [], [0], [[]], (), (None,),
        {}, {0: 0}, set(), {0}, frozenset(), None, True, False, range(0), range(1), range(5, 5), 2 ** 100, -(2 ** 100)]
for v in vals:
    print(repr(v), bool(v), not v, "T" if v else "F")
print(bool(), bool(len), bool(print), bool(lambda: 0), bool(iter([])))
print(True + True, True and 0, bool(True and 0), [bool(x) for x in range(-1, 2)])
print(sum(bool(v) for v in vals), len(vals))
