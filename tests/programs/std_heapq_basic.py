import heapq
h = []
for v in [5, 3, 8, 1, 9, 2, 7, 4, 6, 0]:
    heapq.heappush(h, v)
    print(h)
print([heapq.heappop(h) for _ in range(5)], h)
data = [9, 8, 7, 6, 5, 4, 3, 2, 1, 0, 11, 10]
heapq.heapify(data)
print(data)
print(heapq.heapreplace(data, 100), data)
print(heapq.heappushpop(data, -1), heapq.heappushpop(data, 50), data)
tasks = []
for pri, name in [(3, "c"), (1, "a"), (2, "b"), (1, "aa")]:
    heapq.heappush(tasks, (pri, name))
print([heapq.heappop(tasks) for _ in range(len(tasks))])
try:
    heapq.heappop([])
except IndexError as e:
    print("IndexError", e)
print(heapq.nsmallest(3, [5, 1, 8, 3, 9, 2]), heapq.nlargest(3, [5, 1, 8, 3, 9, 2]), heapq.nlargest(2, ["bb", "a", "ccc"], key=len))
print(heapq.nsmallest(2, [(1, "b"), (1, "a"), (0, "z")], key=lambda t: t[0]), heapq.nlargest(1, []), heapq.nsmallest(0, [1]), heapq.nlargest(10, [3, 1, 2]))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])), list(heapq.merge([5, 3, 1], [4, 2], reverse=True)), list(heapq.merge(["a", "ccc"], ["bb"], key=len)))
