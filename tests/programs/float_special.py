# inf, nan and signed zero semantics.
inf = float("inf")
nan = float("nan")
print(inf, -inf, nan, inf + inf, inf - inf, inf * 0, -inf * -1)
print(inf == inf, inf > 10 ** 400, -inf < -10 ** 400, nan == nan, nan is nan, [nan] == [nan])
print(0.0 == -0.0, str(-0.0), repr(0.0 * -1), -0.0 + 0.0, -0.0 - 0.0, -0.0 * -0.0)
print(1 / inf, -1 / inf, inf / inf, max(1, inf), min(-inf, 5))
print(sorted([3.0, -inf, inf, 0.0, -0.0]))
print(bool(nan), bool(0.0), bool(-0.0), bool(inf))
vals = [1.0, nan, 2.0]
print(max(vals), min(vals), nan in vals, 1.0 in vals)
print(float("-nan"), abs(-inf), abs(nan), -nan)
print(int(1e300) > 0, 1e300 * 1e300, -(1e300 * 1e300))
