class M:
    factor = 3
    @staticmethod
    def add(a, b):
        return a + b
    @classmethod
    def make(cls, v):
        return cls, v * cls.factor
    @classmethod
    def name(cls):
        return cls.__name__
class N(M):
    factor = 10
print(M.add(1, 2), M().add(3, 4))
print(M.make(2)[1], N.make(2)[1], N().make(1)[1])
print(M.name(), N.name(), N().name())
print(M.make(1)[0] is M, N.make(1)[0] is N)
sm = M.__dict__["add"]
print(type(sm).__name__, type(M.__dict__["make"]).__name__)
print(sm.__func__(5, 6))
f = staticmethod(len)
print(type(f).__name__)
