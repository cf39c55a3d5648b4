import random
for s in [0, 1, 42, -42, 2**32, 2**32 - 1, 2**64 + 12345, 10**40, True]:
    random.seed(s)
    print(s, random.random(), random.random(), random.getrandbits(16))
