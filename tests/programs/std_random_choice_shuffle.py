import random
random.seed(99)
print([random.choice("abcdefg") for _ in range(12)])
print(random.choice([10, 20, 30]), random.choice((1,)), random.choice(range(100, 200)))
l = list(range(15))
random.shuffle(l)
print(l)
words = ["alpha", "beta", "gamma", "delta", "epsilon"]
random.shuffle(words)
print(words)
try:
    random.choice([])
except IndexError as e:
    print("IndexError", e)
deck = [r + s for r in "A23456789TJQK" for s in "shdc"]
random.shuffle(deck)
print(deck[:13])
