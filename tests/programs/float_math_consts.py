# math constants and special values.
import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(repr(math.pi), str(math.e), math.pi * 2 == math.tau)
print(math.inf > 1e308, -math.inf < -1e308, math.inf == float("inf"), math.inf + 1, math.inf - math.inf)
n = math.nan
print(n == n, n != n, n < 1, n > 1, math.isnan(n + 1), math.isnan(math.inf * 0))
print(1 / math.inf, -1 / math.inf, math.inf * -1, math.inf / 2, math.inf * math.inf)
print(min(3.0, math.inf), max(-math.inf, -5), sorted([math.inf, 0, -math.inf, 2.5]))
print(int(math.pi * 1000), round(math.e, 4), math.floor(math.pi), math.ceil(math.e))
area = math.pi * 2.5 ** 2
print(f"{area:.6f}", round(area, 2), area)
print(math.sqrt(math.inf), math.exp(-math.inf), math.isnan(math.sqrt(math.nan)))
