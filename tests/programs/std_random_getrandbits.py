import random
r = random.Random(2024)
for k in [0, 1, 5, 31, 32, 33, 48, 63, 64, 65, 100, 128, 200]:
    print(k, r.getrandbits(k))
try:
    r.getrandbits(-1)
except ValueError as e:
    print("ValueError", e)
total = 0
for i in range(2000):
    total += r.getrandbits(10)
print(total)
