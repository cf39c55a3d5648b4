# heapq at scale: 200k pushes and pops, heapify, heapreplace and heappushpop on
# big heaps. Each sift step must swap in place: a swap that copied the list made
# this program quadratic (about 150 s), so it also guards against that.
import heapq
import random

random.seed(7)
xs = [random.randrange(10**9) for _ in range(200000)]
h = []
for x in xs:
    heapq.heappush(h, x)
out = [heapq.heappop(h) for _ in range(len(h))]
print(out == sorted(xs), len(out), out[:3], out[-3:])

h = list(xs)
heapq.heapify(h)
total = 0
for i in range(100000):
    total += heapq.heapreplace(h, i)
    total -= heapq.heappushpop(h, i * 3)
print(total, h[:5], len(h))

pairs = [(x % 1000, i) for i, x in enumerate(xs[:50000])]
heapq.heapify(pairs)
print([heapq.heappop(pairs) for _ in range(5)])
print(heapq.nsmallest(5, xs), heapq.nlargest(3, xs))
