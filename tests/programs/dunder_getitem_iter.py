class Seq:
    def __init__(self, n): self.n = n
    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * i
print(list(Seq(5)), 9 in Seq(5), 10 in Seq(5))
for v in Seq(3):
    print(v)
x, y = Seq(2)
print(x, y)
class Idx:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
l = [10, 20, 30, 40]
print(l[Idx(1)], "abc"[Idx(2)], (1, 2, 3)[Idx(0)], range(10)[Idx(3)])
l[Idx(0)] = 99
print(l)
del l[Idx(3)]
print(l)
