class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(5)))
for x in Countdown(3):
    print("x", x)
class Bag:
    def __init__(self, *items): self.items = list(items)
    def __iter__(self): return iter(self.items)
b = Bag(3, 1, 2)
print(list(b), sorted(b), sum(b), max(b), tuple(b), set(b) == {1, 2, 3})
print(2 in b, 5 in b, [x * 2 for x in b], dict.fromkeys(b) if hasattr(dict, "fromkeys") else 0)
a, c, d = b
print(a, c, d)
print(list(enumerate(b)), list(zip(b, Countdown(3))), list(map(str, b)))
it = iter(Countdown(2))
print(next(it), next(it), next(it, "end"))
try:
    next(it)
except StopIteration:
    print("StopIteration")
class BadIter:
    def __iter__(self): return 5
try:
    iter(BadIter())
except TypeError as e:
    print("TypeError:", e)
try:
    next(Bag())
except TypeError as e:
    print("TypeError:", e)
try:
    for z in object():
        pass
except TypeError as e:
    print("TypeError:", e)
print(" ".join(str(v) for v in Countdown(4)))
