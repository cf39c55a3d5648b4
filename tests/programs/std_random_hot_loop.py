import random
random.seed(12345)
inside = 0
n = 20000
for _ in range(n):
    x = random.random()
    y = random.random()
    if x * x + y * y <= 1.0:
        inside += 1
print(inside, 4 * inside / n)
counts = [0] * 6
for _ in range(6000):
    counts[random.randint(1, 6) - 1] += 1
print(counts)
walk = 0
for _ in range(5000):
    walk += random.choice((-1, 1))
print(walk)
