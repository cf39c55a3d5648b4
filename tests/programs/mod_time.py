# time.time() and time.perf_counter(): only types and non-negative differences are printed.
import time
t0 = time.time()
p0 = time.perf_counter()
total = 0
for i in range(10000):
    total += i
t1 = time.time()
p1 = time.perf_counter()
print(total)
print(type(t0).__name__, type(p0).__name__, t1 - t0 >= 0, p1 - p0 >= 0, t0 > 1.6e9)
elapsed = p1 - p0
print(isinstance(elapsed, float), elapsed < 60)
later = [time.perf_counter() for _ in range(5)]
print(all(later[i] <= later[i + 1] for i in range(4)), later[0] >= p1)
