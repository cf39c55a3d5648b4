class Shape:
    def area(self): return 0
class Sq(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s * self.s
class Ci(Shape):
    def __init__(self, r): self.r = r
    def area(self): return 3 * self.r * self.r
class Nothing(Shape): pass
shapes = [Sq(2), Ci(1), Nothing(), Sq(3)]
t = 0
for i in range(1000):
    t += shapes[i % 4].area()
print(t)
Sq.area = lambda self: -1
t = 0
for i in range(100):
    t += shapes[i % 4].area()
print(t)
Shape.area = lambda self: 1000
print(Nothing().area(), Sq(1).area())
n = Nothing()
n.area = lambda: "own"
print(n.area())
