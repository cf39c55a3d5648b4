# binary operator sites seeing int, float, str, and user classes
class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __add__(self, o):
        if isinstance(o, Vec):
            return Vec(self.x + o.x, self.y + o.y)
        return Vec(self.x + o, self.y + o)
    def __radd__(self, o):
        return Vec(o + self.x, o + self.y)
    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)
    def __rmul__(self, k):
        return Vec(k * self.x, k * self.y)
    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)
    def __repr__(self):
        return "Vec(%r, %r)" % (self.x, self.y)

class Money:
    def __init__(self, cents):
        self.cents = cents
    def __add__(self, o):
        return Money(self.cents + (o.cents if isinstance(o, Money) else o))
    __radd__ = __add__
    def __repr__(self):
        return "Money(%d)" % self.cents

def add(a, b):
    return a + b      # the site

def mul(a, b):
    return a * b

pairs = [
    (1, 2), (2 ** 62, 2 ** 62), (1.5, 2.25), (1, 0.5), (0.5, True),
    ("ab", "cd"), ([1], [2]), ((1,), (2, 3)), (True, True),
    (Vec(1, 2), Vec(3, 4)), (Vec(1, 1), 10), (10, Vec(1, 1)),
    (Money(5), Money(7)), (3, Money(4)), ((), ()),
]

# warm up with ints only
acc = 0
for i in range(500):
    acc = add(acc, i)
print("int warm", acc)
acc = 0.0
for i in range(300):
    acc = add(acc, 0.5)
print("float", acc)
s = ""
for i in range(300):
    s = add(s, "x" if i % 2 else "y")
print("str", len(s), s[:10])

results = []
for i in range(450):
    a, b = pairs[i % len(pairs)]
    r = add(a, b)
    if i < len(pairs):
        results.append(r)
print(results)

print([mul(a, b) for a, b in [(3, 4), (2.0, 3), ("ab", 3), (3, "ab"), ([0], 3), (Vec(1, 2), 3), (3, Vec(1, 2)), (True, 5)]])

# overflow from small to big ints at the same site
x = 1
for i in range(200):
    x = add(x, x)
print("big", x % 1000003, x.bit_length())

# back to monomorphic int
acc = 0
for i in range(300):
    acc = add(acc, 1)
print("int again", acc)

# unsupported types raise at the warmed site
for a, b in [(1, "a"), ("a", 1), (None, 1), ([1], (1,)), (Vec(1, 1), "s")]:
    try:
        add(a, b)
    except TypeError as e:
        print("TypeError:", e)

# in-place operators at one site
def iadd(a, b):
    a += b
    return a

lst = []
for i in range(200):
    lst = iadd(lst, [i % 3])
print(len(lst), sum(lst))
t = ()
for i in range(200):
    t = iadd(t, (i,))
print(len(t), t[-1])
v = Vec(0, 0)
for i in range(200):
    v = iadd(v, Vec(1, 2))
print(v)
