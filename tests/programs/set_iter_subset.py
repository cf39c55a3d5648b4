# Iterating sets in loops (the JIT's lean GetIter), set subclasses with and without
# __iter__, and <= / issubset whose __eq__ calls run Python code.
class S(set):
    pass


class R(set):
    def __iter__(self):
        return iter(sorted(set.__iter__(self), reverse=True))


def walk(s):
    out = []
    for x in s:
        out.append(x)
    return out


for i in range(30):
    a = walk({3, 1, 2})
print(a, walk(frozenset("ab")) == list(frozenset("ab")), walk(S([5, 4])), walk(R([1, 2, 3])))
print(min({4, 2, 9}), max(frozenset([4, 2, 9])), sorted(S([3, 1])))

try:
    s = {1, 2, 3}
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print("RuntimeError", e)


class K:
    calls = 0

    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return hash(self.v)

    def __eq__(self, other):
        K.calls += 1
        return isinstance(other, K) and self.v == other.v


a = {K(1), K(2)}
b = {K(1), K(2), K(3)}
print(a <= b, b <= a, a.issubset(b), frozenset(a) < frozenset(b), K.calls > 0)
for i in range(50):
    r = {1, 2} <= {1, 2, 3}, {1, 5} <= {1, 2, 3}, set() <= set(), frozenset([2]) <= {2}
print(r)


class Grow:
    def __init__(self, v, target):
        self.v, self.target = v, target

    def __hash__(self):
        return 7

    def __eq__(self, other):
        self.target.discard(99)   # mutate during the comparison
        return self is other


t = {99}
g = Grow(1, t)
t.add(g)
print({g} <= t, len(t))
