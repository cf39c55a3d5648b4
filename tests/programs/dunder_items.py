class Grid:
    def __init__(self):
        self.d = {}
    def __getitem__(self, k):
        if k not in self.d:
            raise KeyError(k)
        return self.d[k]
    def __setitem__(self, k, v):
        self.d[k] = v
    def __delitem__(self, k):
        del self.d[k]
    def __contains__(self, k):
        return k in self.d
    def __len__(self):
        return len(self.d)
g = Grid()
g[1, 2] = "a"
g["x"] = 5
print(g[1, 2], g["x"], (1, 2) in g, "y" in g, len(g))
del g["x"]
print(len(g), "x" in g)
try:
    g["nope"]
except KeyError as e:
    print("KeyError:", e)
class Sl:
    def __getitem__(self, k):
        return k
s = Sl()
print(s[1:2], s[::2], s[1, 2:3])
class RO: pass
try:
    RO()[0]
except TypeError as e:
    print("TypeError:", e)
try:
    RO()[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    del RO()[0]
except TypeError as e:
    print("TypeError:", e)
try:
    1 in RO()
except TypeError as e:
    print("TypeError:", e)
