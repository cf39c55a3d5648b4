# Arithmetic sites that see floats first (the JIT lays them out float-first) and later
# get ints, mixes, big ints, bools, NaN, infinities, zero divisors and user objects.
def arith(a, b):
    return a + b, a - b, a * b, a / b

class Num:
    def __init__(self, v): self.v = v
    def __add__(self, o): return Num(self.v + (o.v if isinstance(o, Num) else o))
    __radd__ = __add__
    def __sub__(self, o): return "sub"
    def __rsub__(self, o): return "rsub"
    def __mul__(self, o): return "mul"
    __rmul__ = __mul__
    def __truediv__(self, o): return "div"
    def __rtruediv__(self, o): return "rdiv"
    def __repr__(self): return "Num(%r)" % (self.v,)

for i in range(300):
    arith(1.5 + i, 0.25)
print(arith(1.5, 0.25))
print(arith(3, 4), arith(3, 0.5), arith(0.5, 3), arith(True, 2.5))
print(arith(2 ** 60, 1.5), arith(10 ** 30, 10 ** 10))
print(arith(float("inf"), 1.0), arith(float("inf"), float("inf")))
nan = float("nan")
print(arith(nan, 1.0), arith(1e308, 1e308))
print(arith(Num(1), 2.0), arith(2.0, Num(1)))
for a, b in ((1.0, 0.0), (1.0, -0.0), (1, 0), (0.0, 0)):
    try:
        arith(a, b)
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
try:
    arith("x", 1.0)
except TypeError as e:
    print("TypeError", e)
print((lambda a, b: a + b)("ab", "cd"))
