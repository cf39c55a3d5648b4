class Z:
    def __bool__(self): return False
class L:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
class Both:
    def __bool__(self): return True
    def __len__(self): return 0
class Neither: pass
for o in [Z(), L(0), L(3), Both(), Neither()]:
    print(type(o).__name__, bool(o), "yes" if o else "no", not o)
print(len(L(7)))
x = L(0) or "fallback"
print(x, L(2) and "and")
try:
    len(Neither())
except TypeError as e:
    print("TypeError:", e)
class BadBool:
    def __bool__(self): return 1
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)
class NegLen:
    def __len__(self): return -1
try:
    len(NegLen())
except ValueError as e:
    print("ValueError:", e)
class StrLen:
    def __len__(self): return "3"
try:
    len(StrLen())
except TypeError as e:
    print("TypeError:", e)
n = 0
w = L(3)
while w:
    w.n -= 1
    n += 1
print(n)
