# Calls of bound method objects from compiled code (rewritten to the method form):
# Python methods with defaults and cells, classmethods, builtin methods, wrong
# argument counts, and a raise inside with its traceback.


class C:
    def __init__(self, k):
        self.k = k

    def m(self, x, y=1):
        return self.k * x + y

    def closure(self, x):
        return (lambda: x + self.k)()

    @classmethod
    def make(cls, k):
        return cls(k)

    def fail(self, d):
        return d["absent"]


def drive(f, n):
    return [f(i) for i in range(n)]


def main():
    c = C(3)
    print(drive(c.m, 4), drive(c.closure, 3))
    print(drive(C.make, 2)[1].k, drive([].append, 2))
    m = c.m
    print(m(2, 5), m(x=1))
    for args in [(), (1, 2, 3)]:
        try:
            m(*args) if len(args) != 0 else m()
        except TypeError as e:
            print("TypeError:", e)
    f = c.fail
    for i in range(2):
        try:
            f({})
        except KeyError as e:
            print("KeyError", e)
    f({"present": 1})


main()
