import random
r = random.Random(7)
print([r.randrange(10) for _ in range(15)])
print([r.randrange(5, 50) for _ in range(10)])
print([r.randrange(100, 0, -7) for _ in range(10)])
print([r.randrange(0, 1000, 25) for _ in range(10)])
print([r.randint(-3, 3) for _ in range(20)])
print(r.randrange(10**20), r.randint(10**30, 10**30 + 10**25))
print(r.randrange(1), r.randint(5, 5))
for args in [(0,), (5, 5), (5, 1), (1, 10, 0), (10, 1, 1)]:
    try:
        r.randrange(*args)
    except ValueError as e:
        print("ValueError", e)
try:
    r.randrange(3, step=2)
except TypeError as e:
    print("TypeError", e)
