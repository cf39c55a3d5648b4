class Base:
    def __init__(self):
        self.trace = ["Base"]
    def f(self, x):
        return x + 1
    @classmethod
    def cm(cls):
        return "Base.cm:" + cls.__name__
class Mid(Base):
    def __init__(self):
        super(Mid, self).__init__()
        self.trace.append("Mid")
    def f(self, x):
        return super().f(x) * 10
    @classmethod
    def cm(cls):
        return "Mid>" + super().cm()
class Leaf(Mid):
    def __init__(self):
        super().__init__()
        self.trace.append("Leaf")
    def f(self, x):
        return super(Mid, self).f(x)
l = Leaf()
print(l.trace, l.f(1), Mid().f(1), Leaf.cm())
s = super(Leaf, l)
print(type(s).__name__)
try:
    super(Leaf, 3)
except TypeError as e:
    print("TypeError:", e)
