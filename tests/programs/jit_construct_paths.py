class A:
    def __init__(self, x):
        self.x = x
class Bad:
    def __init__(self):
        return 5
class C:
    def __call__(self, a, b):
        return a + b
class D(A):
    pass
class E:
    def __init__(self, n):
        if n == 0:
            raise ValueError("zero")
        self.n = n
def deep(n):
    return A(deep(n - 1)) if n else A(0)
def main():
    for i in range(3):
        a = A(i); print(a.x, type(a).__name__)
        d = D(i); print(d.x, type(d).__name__)
        c = C(); print(c(i, 2), c(i, b=3))
        try:
            Bad()
        except TypeError as e:
            print("TypeError", e)
        try:
            E(i)
        except ValueError as e:
            print("ValueError", e)
        try:
            A()
        except TypeError as e:
            print("TypeError", e)
        try:
            A(1, 2)
        except TypeError as e:
            print("TypeError", e)
    print(deep(50).x.x.x is not None)
    try:
        deep(100000)
    except RecursionError as e:
        print("RecursionError")
    A.__init__ = lambda self, x: setattr(self, "x", -x)
    print(A(3).x)
main()
