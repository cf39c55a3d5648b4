# Class attributes called as they are (the (NULL, attribute) method-load form, cached per
# class version): object.__new__, staticmethods, functions called through the class,
# builtin types' methods, callable objects; rebinding and subclassing invalidate.
class Adder:
    def __init__(self, k): self.k = k
    def __call__(self, x): return x + self.k

class C:
    def f(x): return x + 1
    s = staticmethod(lambda x: x * 2)
    call = Adder(10)
    @classmethod
    def cm(cls, x): return (cls.__name__, x)
    def __new__(cls, *a):
        return object.__new__(cls)

class D(C):
    pass

def run(n):
    out = []
    for i in range(n):
        obj = object.__new__(C)
        out.append((C.f(i), C.s(i), C.call(i), C.cm(i)[0], type(obj).__name__,
                    str.join("-", ["a", str(i % 3)]), str.upper("ab" * (i % 2)), D.f(i)))
        if i == 150:
            C.f = lambda x: -x
            C.s = staticmethod(lambda x: x * 3)
        if i == 200:
            D.f = lambda x: 1000
        if i == 250:
            del C.call
            C.call = abs
    return out

r = run(300)
print(r[0], r[149], r[151], r[201], r[251], r[299])
print(sum(t[0] for t in r), sum(t[1] for t in r), sum(t[7] for t in r))
try:
    object.__new__(int)
except TypeError as e:
    print("TypeError", e)
