# Module attribute loads are cached per site (module identity + keys version + entry
# index): rebinding, deleting and re-adding a module attribute must be seen at once.
import math
import random

def use(n):
    total = 0.0
    for i in range(n):
        total += math.sqrt(i) + math.floor(2.5)
    return total

print(use(50))
orig = math.sqrt
math.sqrt = lambda x: -1.0
print(use(50))
math.sqrt = orig
print(use(50))

def pi_twice():
    return math.pi * 2

print(pi_twice(), pi_twice())
math.pi = 3
print(pi_twice())
del math.pi
try:
    print(pi_twice())
except AttributeError as e:
    print("AttributeError", e)
math.pi = 3.14
print(pi_twice())
for _ in range(3):
    math.extra_name = _
    print(math.extra_name, pi_twice())

random.seed(3)
print([random.randint(1, 6) for _ in range(5)])
def f(mods):
    return [m.__name__ for m in mods]
print(f([math, random, math, random]))
