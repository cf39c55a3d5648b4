# Comparisons, hashing and iteration of dict subclasses.
class Frozen(dict):
    def __hash__(self):
        return hash(tuple(sorted(self.items())))

f1 = Frozen(a=1, b=2)
f2 = Frozen(b=2, a=1)
print(f1 == f2, hash(f1) == hash(f2), len({f1, f2}), {f1: "x"}[f2])

class Ordered(dict):
    def __eq__(self, other):
        if isinstance(other, Ordered):
            return list(self.items()) == list(other.items())
        return dict.__eq__(self, other)
    __hash__ = None

print(Ordered(a=1, b=2) == Ordered(b=2, a=1), Ordered(a=1, b=2) == {"b": 2, "a": 1},
      Ordered(a=1) != Ordered(a=1))

class Keys(dict):
    def __iter__(self):
        return iter(sorted(super().__iter__()))

k = Keys(c=1, a=2, b=3)
print(list(k), [x for x in k], list(k.keys()), list(k.items()))

class Cnt(dict):
    def add(self, item):
        self[item] = self.get(item, 0) + 1
        return self

c = Cnt()
for w in "the cat and the hat and the bat".split():
    c.add(w)
print(sorted(c.items()), max(c, key=c.get), c == {"the": 3, "cat": 1, "and": 2, "hat": 1, "bat": 1})
try:
    Cnt() < Cnt()
except TypeError as e:
    print("TypeError", e)
print(dict.__eq__(Cnt(a=1), {"a": 1}), dict.__eq__(Cnt(), 5))
