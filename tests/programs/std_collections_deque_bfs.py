from collections import deque
W, H = 30, 20
walls = set()
for i in range(3, 17):
    walls.add((10, i))
    walls.add((20, 19 - i))
def bfs(start, goal):
    q = deque([start])
    dist = {start: 0}
    while q:
        x, y = q.popleft()
        if (x, y) == goal:
            return dist[(x, y)]
        for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1)):
            nx, ny = x + dx, y + dy
            if 0 <= nx < W and 0 <= ny < H and (nx, ny) not in walls and (nx, ny) not in dist:
                dist[(nx, ny)] = dist[(x, y)] + 1
                q.append((nx, ny))
    return -1
print(bfs((0, 0), (29, 19)), bfs((0, 10), (15, 10)), bfs((5, 5), (5, 5)))
q = deque()
total = 0
for i in range(20000):
    q.append(i)
    if i % 3 == 0:
        total += q.popleft()
print(total, len(q), q[0], q[-1])
