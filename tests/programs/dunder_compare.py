import functools
class V:
    def __init__(self, n): self.n = n
    def __lt__(self, o):
        if not isinstance(o, V): return NotImplemented
        return self.n < o.n
    def __le__(self, o): return self.n <= o.n
    def __gt__(self, o): return self.n > o.n
    def __repr__(self): return f"V{self.n}"
vs = [V(3), V(1), V(2)]
print(sorted(vs), min(vs), max(vs))
print(V(1) < V(2), V(2) > V(1), V(1) <= V(1), V(3) >= V(2))
try:
    V(1) < 3
except TypeError as e:
    print("TypeError:", e)
try:
    V(1) >= V(2)
except TypeError as e:
    print("TypeError:", e)
class Rev:
    def __gt__(self, o): return "Rev.gt"
print(1 < Rev(), Rev() > 1)
class Sub(V):
    def __gt__(self, o): return "Sub.gt"
print(V(1) < Sub(2))
vs.sort(reverse=True)
print(vs)
print(sorted([V(5), V(4)], key=lambda v: v.n))
