import random
for s in ["", "hello", "kiln", "üñíçødé", "a" * 200]:
    random.seed(s)
    print(repr(s[:10]), random.random(), random.randint(1, 10**6))
for s in [0.5, 3.0, -2.25, 1e300]:
    random.seed(s)
    print(s, random.random())
try:
    random.seed([1, 2])
except TypeError as e:
    print("TypeError", e)
random.seed(None)
x = random.random()
print(0.0 <= x < 1.0)
