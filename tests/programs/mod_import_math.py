# import math and use it through the module object.
import math
print(math.sqrt(144), math.pi, math.e, math.floor(-1.5), math.ceil(-1.5))
print(type(math).__name__, math.__name__)
radius = 3
print(round(math.pi * radius ** 2, 4), round(2 * math.pi * radius, 4))
angles = [0, 30, 45, 60, 90]
for a in angles:
    r = math.radians(a)
    print(a, round(math.sin(r), 6), round(math.cos(r), 6))
def distance(p, q):
    return math.sqrt((p[0] - q[0]) ** 2 + (p[1] - q[1]) ** 2)
print(distance((0, 0), (3, 4)), distance((1, 1), (4, 5)), distance((-1, -1), (1, 1)))
import math
print(math.log(math.e ** 3), math.exp(math.log(10)))
