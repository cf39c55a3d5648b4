class Acc:
    def __init__(self): self.items = []
    def __iadd__(self, x):
        self.items.append(x)
        return self
    def __add__(self, x):
        r = Acc()
        r.items = self.items + [x, "copy"]
        return r
a = Acc()
b = a
a += 1
a += 2
print(a is b, a.items)
class OnlyAdd:
    def __init__(self, v): self.v = v
    def __add__(self, o): return OnlyAdd(self.v + o)
    def __mul__(self, o): return OnlyAdd(self.v * o)
x = OnlyAdd(1)
y = x
x += 5
x *= 3
print(x.v, y.v, x is y)
class Sub:
    def __isub__(self, o): return NotImplemented
    def __sub__(self, o): return "fallback sub"
s = Sub()
s -= 1
print(s)
class Nothing: pass
n = Nothing()
try:
    n += 1
except TypeError as e:
    print("TypeError:", e)
l = [1]
l += [2]
print(l)
