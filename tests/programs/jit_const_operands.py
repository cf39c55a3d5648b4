# Templates specialise on a constant right operand pushed just before (`i + 1`,
# `n < 10`, `x is None`); every other operand kind, overflow, and code where the
# constant is not the only way to reach the operation must behave as before.

def add1(x):
    return x + 1

def sub3(x):
    return x - 3

def add_big(x):
    return x + 100000

def lt10(x):
    return x < 10

def ge_neg(x):
    return x >= -5

def is_none(x):
    return x is None

def is_not_none(x):
    return x is not None

def branchy(x):
    if x is None:
        return "none"
    if x is not None and x == 3:
        return "three"
    if x < 0:
        return "neg"
    return "other"

def cond_operand(x, c):
    # The BinaryOp is a jump target: its right operand is 1 or 2.
    return x + (1 if c else 2)

def cond_compare(x, c):
    return x < (10 if c else -10)

class N:
    def __add__(self, o):
        return ("N+", o)
    def __lt__(self, o):
        return ("N<", o)
    def __rsub__(self, o):
        return "rsub"

values = [0, 1, -1, 41, 2**47 - 1, -2**47, 2**47 - 2, 3.5, -0.0, True, False,
          float("nan"), 10**20, N(), None, "s"]
for f in (add1, sub3, add_big, lt10, ge_neg, is_none, is_not_none, branchy):
    out = []
    for _ in range(3):  # warm up past the threshold in the default tier
        out = []
        for v in values:
            try:
                out.append(f(v))
            except TypeError as e:
                out.append("TypeError: " + str(e))
    print(f.__name__, out)

t = 0
for i in range(400):
    t += cond_operand(i, i % 3 == 0)
    t += cond_compare(i % 20, i % 2 == 0)
print("jump-target operands", t)

# A loop counter crossing the small-int boundary.
x = 2**47 - 5
for _ in range(10):
    x = x + 1
print(x, type(x).__name__)
y = -2**47 + 3
for _ in range(6):
    y = y - 3
print(y)
