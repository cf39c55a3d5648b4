class Num:
    def __init__(self, v): self.v = v
    def __int__(self): return int(self.v)
    def __float__(self): return float(self.v)
    def __index__(self): return int(self.v)
n = Num(3.7)
print(int(n), float(n), hex(Num(255)) if False else "skip", [1, 2, 3, 4][Num(1)])
class OnlyIndex:
    def __index__(self): return 7
print(int(OnlyIndex()), float(OnlyIndex()))
class Nothing: pass
try:
    int(Nothing())
except TypeError as e:
    print("TypeError:", e)
try:
    float(Nothing())
except TypeError as e:
    print("TypeError:", e)
class BadInt:
    def __int__(self): return "x"
try:
    int(BadInt())
except TypeError as e:
    print("TypeError:", e)
