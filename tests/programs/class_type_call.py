def init(self, v):
    self.v = v
def get(self):
    return self.v * 2
T = type("T", (), {"__init__": init, "get": get, "k": 7})
t = T(21)
print(t.get(), T.k, T.__name__, type(T) is type, type(t) is T)
U = type("U", (T,), {"get": lambda self: -self.v})
u = U(5)
print(u.get(), isinstance(u, T), U.__mro__[1].__name__)
print(type(5).__name__, type("x") is str, type(None).__name__)
try:
    type("V", (1,), {})
except TypeError as e:
    print("TypeError:", e)
try:
    type("V", (), [])
except TypeError as e:
    print("TypeError:", e)
try:
    type(1, 2)
except TypeError as e:
    print("TypeError:", e)
