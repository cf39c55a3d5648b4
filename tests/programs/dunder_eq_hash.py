class K:
    def __init__(self, k): self.k = k
    def __eq__(self, other):
        return isinstance(other, K) and self.k == other.k
    def __hash__(self):
        return hash(self.k)
a, b, c = K(1), K(1), K(2)
print(a == b, a != b, a == c, a != c, a == 1, 1 == a)
d = {a: "one", c: "two"}
print(d[b], len(d), K(2) in d, K(3) in d)
s = {a, b, c, K(2)}
print(len(s))
class NoHash:
    def __eq__(self, other): return True
try:
    hash(NoHash())
except TypeError as e:
    print("TypeError:", e)
try:
    {NoHash(): 1}
except TypeError as e:
    print("TypeError:", e)
class Ident: pass
x = Ident()
print(x == x, x == Ident(), x != Ident(), hash(x) == hash(x))
print({x: 1}[x])
class H(K):
    pass
print(H.__hash__ is K.__hash__, hash(H(5)) == hash(5))
class OnlyNe:
    def __ne__(self, o): return "ne!"
print(OnlyNe() != 1, OnlyNe() == 1)
print([K(1), K(2)].index(K(2)), K(2) in [K(1), K(2)], [K(1), K(1)].count(K(1)))
