# str() and repr() of every builtin type.
vals = [0, -7, 2 ** 100, 1.0, -0.5, 1e20, 1e-7, float("inf"), float("nan"), "text", "it's", "",
        [1, "a"], (1,), (), {"k": (1, 2)}, {}, set(), {3}, frozenset(), frozenset({1}), None, True, False,
        range(5), range(1, 10, 2), [[], {}], {1: {2: [3]}}]
for v in vals:
    print(str(v), "|", repr(v))
print(str(), repr(""), str("s") is not None, str(str), str(int), repr(None))
print(str(len), str(print))
print(str(1) + str(2), repr(1) + repr("2"), str([str(1)]), repr(str(1.5)))
