import random
r = random.Random(31337)
print(r.sample(range(10), 10))
print(r.sample(range(1000), 7))
print(r.sample(range(10**6), 5))
print(r.sample("abcdefghij", 4))
print(r.sample(["x", "y", "z"], 0))
print(r.sample(range(100), 30))
print(r.sample(["red", "blue"], 5, counts=[4, 2]))
for bad in [(range(3), 4), (range(3), -1)]:
    try:
        r.sample(*bad)
    except ValueError as e:
        print("ValueError", e)
try:
    r.sample({1, 2, 3}, 2)
except TypeError as e:
    print("TypeError", e)
