import random
a = random.Random(42)
b = random.Random(42)
print(a.random() == b.random(), a.random(), b.random())
print(random.Random(42).random(), random.Random("42").random())
c = random.Random()
c.seed(1)
print(c.randint(1, 6), c.randint(1, 6), c.randint(1, 6))
state = c.getstate()
x = [c.random() for _ in range(3)]
c.setstate(state)
print(x == [c.random() for _ in range(3)], len(state[1]), state[0])
random.seed(1)
print(random.randint(1, 6), random.randint(1, 6), random.randint(1, 6))

class Dice(random.Random):
    def roll(self):
        return self.randint(1, 6)

d = Dice(3)
print([d.roll() for _ in range(10)])

class Fixed(random.Random):
    def random(self):
        return 0.5

f = Fixed(0)
print(f.random(), f.uniform(0, 10))
