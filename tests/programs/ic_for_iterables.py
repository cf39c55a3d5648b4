# the same for-loop site sees many kinds of iterables
def consume(it):
    n = 0
    last = None
    for x in it:       # the site
        n += 1
        last = x
    return n, last

def gen(k):
    for i in range(k):
        yield i * 3

class MyIter:
    def __init__(self, n):
        self.i = 0
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return -self.i

class OldStyle:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError
        return i * i

# warm up with range only
for i in range(300):
    r = consume(range(i % 10))
print("range warm", r)

makers = [
    lambda: range(5),
    lambda: [1, 2, 3],
    lambda: (4, 5),
    lambda: {"a": 1, "b": 2, "c": 3},
    lambda: "hello",
    lambda: gen(4),
    lambda: (c for c in "xy"),
    lambda: {10, 20, 30}.__iter__(),
    lambda: tuple("bytes"),
    lambda: MyIter(3),
    lambda: OldStyle(),
    lambda: {"k": 1}.items(),
    lambda: {"k": 1, "j": 2}.values(),
    lambda: enumerate("ab"),
    lambda: zip("ab", [1, 2]),
    lambda: reversed([1, 2, 3]),
    lambda: map(str, [7, 8]),
    lambda: iter([]),
    lambda: range(10, 0, -3),
    lambda: frozenset([1]),
]
results = []
for i in range(400):
    r = consume(makers[i % len(makers)]())
    if i < len(makers):
        results.append(r)
print(results)

# back to a list only
for i in range(300):
    r = consume([i, i + 1])
print("list again", r)

# non-iterables at a warmed site
for bad in [5, None, 3.5, MyIter]:
    try:
        consume(bad)
    except TypeError as e:
        print("TypeError:", e)

# mutating a list while iterating at this site
def grow():
    lst = [1, 2, 3]
    seen = []
    for x in lst:
        seen.append(x)
        if len(lst) < 8:
            lst.append(x * 10)
    return seen

print(grow())

# dict changing size during iteration
d = {1: 1}
try:
    for k in d:
        d[k + 1] = 1
except RuntimeError as e:
    print("RuntimeError:", e)

# nested for loops over mixed iterables
def nested(a, b):
    out = []
    for x in a:
        for y in b:
            out.append((x, y))
    return out

print(nested("ab", range(2)), nested((1,), {"k": 0}), nested(gen(2), [None]))
