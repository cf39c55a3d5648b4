# patching arithmetic and container dunders on a class after instances exist
class Num:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return "Num(%r)" % (self.v,)

a, b = Num(2), Num(5)
try:
    a + b
except TypeError as e:
    print("TypeError:", e)

Num.__add__ = lambda self, o: Num(self.v + (o.v if isinstance(o, Num) else o))
print(a + b, a + 10)
try:
    10 + a
except TypeError as e:
    print("TypeError:", e)
Num.__radd__ = lambda self, o: Num(o * 1000 + self.v)
print(10 + a, sum([a, b]))

# __iadd__ falls back to __add__ then uses the patched version
c = a
c += b
print(c, a, c is a)
def iadd(self, o):
    self.v += o.v if isinstance(o, Num) else o
    return self
Num.__iadd__ = iadd
c = a
c += b
print(c, a, c is a)

# hot loop with __add__ replaced midway
total = Num(0)
trace = []
for i in range(300):
    if i == 150:
        Num.__add__ = lambda self, o: Num(self.v - (o.v if isinstance(o, Num) else o))
    total = Num(total.v) + 1
    if i in (149, 150, 151):
        trace.append(total)
print(trace, total)

# other operators
Num.__mul__ = lambda self, o: Num(self.v * o)
Num.__neg__ = lambda self: Num(-self.v)
Num.__abs__ = lambda self: Num(abs(self.v))
Num.__pow__ = lambda self, o: Num(self.v ** o)
Num.__mod__ = lambda self, o: Num(self.v % o)
print(a * 3, -a, abs(Num(-7)), a ** 3, Num(17) % 5)

# container protocol patched
class Bag:
    def __init__(self, *items):
        self.items = list(items)

bag = Bag(1, 2, 3)
for attempt in ["len", "iter", "getitem", "contains"]:
    try:
        if attempt == "len":
            print(len(bag))
        elif attempt == "iter":
            print(list(bag))
        elif attempt == "getitem":
            print(bag[0])
        else:
            print(2 in bag)
    except TypeError as e:
        print("TypeError:", e)

Bag.__len__ = lambda self: len(self.items)
Bag.__getitem__ = lambda self, i: self.items[i]
print(len(bag), bag[1], list(bag), 2 in bag, 9 in bag)
Bag.__iter__ = lambda self: iter(reversed(self.items))
print(list(bag), [x for x in bag])
Bag.__contains__ = lambda self, x: x == "magic"
print(2 in bag, "magic" in bag)

# __call__ patched
class Fn:
    pass
fn = Fn()
try:
    fn(1)
except TypeError as e:
    print("TypeError:", e)
Fn.__call__ = lambda self, x: x * 2
print(fn(21), callable(fn))
res = 0
for i in range(300):
    if i == 150:
        Fn.__call__ = lambda self, x: -x
    res += fn(1)
print(res)
