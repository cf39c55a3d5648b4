# replacing functions in an imported module
import math

def hyp(a, b):
    return math.sqrt(a * a + b * b)

print(hyp(3, 4))
total = 0.0
for i in range(300):
    total += hyp(i, i)
print(round(total, 6))

real_sqrt = math.sqrt
math.sqrt = lambda x: "sqrt(%r)" % (x,)
print(hyp(3, 4))

from math import sqrt as bound_sqrt     # picks up the patched function
print(bound_sqrt(2))

math.sqrt = real_sqrt
print(hyp(6, 8), bound_sqrt(9))

# patching in the middle of a hot loop
vals = []
for i in range(300):
    if i == 100:
        math.sqrt = lambda x: -1.0
    if i == 200:
        math.sqrt = real_sqrt
    vals.append(hyp(3, 4))
print(vals[99], vals[100], vals[199], vals[200])

# constants
def circle(r):
    return math.pi * r * r

print(circle(1))
math.pi = 3
print(circle(2))
del math.pi
try:
    circle(1)
except AttributeError as e:
    print("AttributeError:", e)
math.pi = 3.141592653589793
print(circle(1))

# adding new names to a module
math.answer = 42
print(math.answer, hasattr(math, "answer"))
del math.answer
print(hasattr(math, "answer"))

# wrapping a module function
calls = []
real_floor = math.floor
def counting_floor(x):
    calls.append(x)
    return real_floor(x)
math.floor = counting_floor
print([math.floor(v) for v in [1.5, -1.5, 2.0]], calls)
math.floor = real_floor

# module attribute assigned via setattr and read via getattr
setattr(math, "tau", 1)
print(getattr(math, "tau"), math.tau)
math.tau = 2 * real_sqrt(1) * 3.141592653589793
print(math.tau)

# the module's own functions are unaffected by patching another name
math.cos = None
print(math.sin(0.0), math.cos)
