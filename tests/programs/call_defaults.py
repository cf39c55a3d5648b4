# Calls that leave parameters to their defaults (the JIT's inline call copies them
# from the defaults tuple), including defaults replaced at run time.
def f(a, b=2, c=3):
    return a * 100 + b * 10 + c
class S:
    def find(self, update=False):
        return (self, update)
    def g(self, x, y=None):
        return x, y
s = S()
def run():
    out = []
    for i in range(3):
        out.append((f(1), f(1, 5), f(1, 5, 7), s.find()[1], s.find(True)[1], s.g(1), s.g(1, 2)))
    return out
print(run())
f.__defaults__ = (8, 9)
print(f(1), f(1, 2))
f.__defaults__ = (9,)
print(f(1, 2))
try:
    print(f(1))
except TypeError as e:
    print("TypeError", e)
f.__defaults__ = None
try:
    print(f(1, 2))
except TypeError as e:
    print("TypeError", e)
class T(tuple): pass
f.__defaults__ = T((4, 5))
print(f(1))
try:
    f(1, 2, 3, 4)
except TypeError as e:
    print("TypeError", e)
