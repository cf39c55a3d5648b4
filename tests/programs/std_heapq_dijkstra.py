import heapq
import random
random.seed(3)
N = 300
graph = {i: [] for i in range(N)}
for i in range(N):
    for _ in range(4):
        j = random.randrange(N)
        w = random.randint(1, 20)
        graph[i].append((j, w))
        graph[j].append((i, w))
def dijkstra(src):
    dist = {src: 0}
    pq = [(0, src)]
    while pq:
        d, u = heapq.heappop(pq)
        if d > dist.get(u, 10**9):
            continue
        for v, w in graph[u]:
            nd = d + w
            if nd < dist.get(v, 10**9):
                dist[v] = nd
                heapq.heappush(pq, (nd, v))
    return dist
dist = dijkstra(0)
print(len(dist), max(dist.values()), sum(dist.values()), [dist[i] for i in range(10)])
h = list(range(1000, 0, -1))
heapq.heapify(h)
print(h[:10], [heapq.heappop(h) for _ in range(10)])
