class S:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a = 1
        self.b = 2
s = S()
print(s.a, s.b)
s.a = 10
print(s.a)
try:
    s.c = 3
except AttributeError as e:
    print("AttributeError")
class T(S):
    pass
t = T()
t.c = 5
print(t.c, t.a)
