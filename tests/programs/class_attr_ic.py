# Class attributes read through the class (Strength.REQUIRED): the class-receiver IC,
# inline in the JIT, follows rebinding on the class and on subclasses.
class S:
    REQUIRED = 0
    WEAK = 5
    def m(self): return 1
    @property
    def p(self): return "prop"
class T(S):
    WEAK = 6
def f(c):
    return [c.REQUIRED + c.WEAK for _ in range(3)]
print(f(S), f(T))
S.REQUIRED = 10
print(f(S), f(T))
T.REQUIRED = -1
print(f(S), f(T))
del T.REQUIRED
print(f(S), f(T))
def g(o):
    return o.WEAK
print([g(x) for x in (S, T, S(), T(), S, T)])
import math
def h():
    return math.pi, S.m, S.p
print([h()[0] for _ in range(3)], type(h()[1]).__name__, type(h()[2]).__name__)
try:
    S.missing
except AttributeError as e:
    print("AttributeError", e)
