# set and frozenset subclasses.
class S(set):
    pass

s = S([3, 1, 2])
print(s, type(s).__name__, len(s), 2 in s, S(), repr(S()), str(S([5])))
s.add(4)
s.discard(1)
print(s, sorted(s), s | {9}, type(s | {9}).__name__, s & {2, 3}, s - {2}, s ^ {2, 7})
print(s == {2, 3, 4}, {2, 3, 4} == s, s <= {2, 3, 4, 5}, s.issubset({2, 3, 4}), isinstance(s, set))
s |= {10}
print(s, type(s).__name__)
print(type(s.copy()).__name__, set(s) == s, frozenset(s) == s)
try:
    hash(s)
except TypeError as e:
    print("TypeError", e)
s.meta = 1
print(s.meta, s.__dict__)

class F(frozenset):
    def total(self):
        return sum(self)

f = F([1, 2, 3])
print(f, F(), f.total(), hash(f) == hash(frozenset([1, 2, 3])), {f: 1}[frozenset([1, 2, 3])])
print(type(f | {4}).__name__, f | {4}, type(frozenset(f)).__name__, isinstance(f, frozenset))

class Tracked(set):
    def __init__(self, items=(), name="t"):
        super().__init__(items)
        self.name = name
    def add(self, x):
        print("add", x)
        super().add(x)
    def __contains__(self, x):
        print("contains", x)
        return super().__contains__(x)
    def __repr__(self):
        return "Tracked(%s, %s)" % (self.name, sorted(self))

t = Tracked([1, 2], name="n")
t.add(3)
print(t, 3 in t, 9 in t, len(t), t.name)
print(set.__repr__(S([1])), set.__contains__(t, 1))

class Sized(set):
    def __len__(self):
        return 0
print(len(Sized([1, 2])), bool(Sized([1])), sorted(Sized([2, 1])))
