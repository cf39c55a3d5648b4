class Vec:
    def __init__(self, x, y): self.x, self.y = x, y
    def __add__(self, o):
        if isinstance(o, Vec): return Vec(self.x + o.x, self.y + o.y)
        return NotImplemented
    def __sub__(self, o): return Vec(self.x - o.x, self.y - o.y)
    def __mul__(self, k): return Vec(self.x * k, self.y * k)
    def __rmul__(self, k): return Vec(self.x * k, self.y * k)
    def __truediv__(self, k): return Vec(self.x / k, self.y / k)
    def __floordiv__(self, k): return Vec(self.x // k, self.y // k)
    def __mod__(self, k): return Vec(self.x % k, self.y % k)
    def __pow__(self, k): return Vec(self.x ** k, self.y ** k)
    def __matmul__(self, o): return self.x * o.x + self.y * o.y
    def __neg__(self): return Vec(-self.x, -self.y)
    def __pos__(self): return self
    def __abs__(self): return (self.x ** 2 + self.y ** 2) ** 0.5
    def __invert__(self): return Vec(self.y, self.x)
    def __repr__(self): return f"Vec({self.x}, {self.y})"
a, b = Vec(1, 2), Vec(3, 4)
print(a + b, a - b, a * 3, 3 * a, b / 2, b // 2, b % 2, a ** 2, a @ b)
print(-a, +a, abs(b), ~a)
try:
    a + 1
except TypeError as e:
    print("TypeError:", e)
try:
    1 - a
except TypeError as e:
    print("TypeError:", e)
try:
    a & b
except TypeError as e:
    print("TypeError:", e)
class Bits:
    def __init__(self, v): self.v = v
    def __and__(self, o): return Bits(self.v & o)
    def __or__(self, o): return Bits(self.v | o)
    def __xor__(self, o): return Bits(self.v ^ o)
    def __lshift__(self, o): return Bits(self.v << o)
    def __rshift__(self, o): return Bits(self.v >> o)
    def __rand__(self, o): return ("rand", o)
    def __ror__(self, o): return ("ror", o)
b = Bits(12)
print((b & 10).v, (b | 3).v, (b ^ 5).v, (b << 2).v, (b >> 1).v, 3 & b, 3 | b)
print(sum([Vec(1, 1), Vec(2, 2)], Vec(0, 0)))
try:
    -Bits(1)
except TypeError as e:
    print("TypeError:", e)
try:
    abs(Bits(1))
except TypeError as e:
    print("TypeError:", e)
