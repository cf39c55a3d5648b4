# o[k] and o[k] = v on instances of classes with Python __getitem__/__setitem__: the
# sites plan the method per class version (every tier); each case below must still
# behave as CPython's lookup on the type does.

class Vec:
    def __init__(self, n):
        self.a = [0.0] * n

    def __getitem__(self, i):
        if isinstance(i, slice):
            return Vec.from_list(self.a[i])
        return self.a[i]

    def __setitem__(self, i, v):
        self.a[i] = float(v)
        return "ignored"

    @staticmethod
    def from_list(items):
        v = Vec(0)
        v.a = list(items)
        return v

class Grid(Vec):
    def __getitem__(self, ij):
        i, j = ij
        return self.a[i * 4 + j]

class Defaults:
    def __getitem__(self, i, scale=10):
        return i * scale

class TooMany:
    def __getitem__(self, i, j):
        return i + j

class Gen:
    def __getitem__(self, i):
        yield i

class Static:
    @staticmethod
    def __getitem__(i):
        return ("static", i)

def read_all(o, n):
    total = 0
    for i in range(n):
        total += o[i]
    return total

def write_all(o, n):
    for i in range(n):
        o[i] = i * 2

def main():
    v = Vec(16)
    for _ in range(60):
        write_all(v, 16)
        print_ = read_all(v, 16)
    print(print_, v[2:5].a)
    g = Grid(16)
    write_all(g, 16)
    print(sum(g[i, j] for i in range(4) for j in range(4)))

    # mixed receivers at one site: lists, dicts, instances
    for o in [[1, 2, 3], {0: "a", 1: "b", 2: "c"}, v, "xyz", (7, 8, 9)] * 30:
        r = o[1]
    print(r)

    # the class changes under a planned site: the new method answers
    def swapped(self, i):
        return -1
    for round in range(3):
        print(read_all(v, 4))
        Vec.__getitem__ = swapped
    del Vec.__getitem__
    try:
        v[0]
    except TypeError as e:
        print("TypeError", e)

    # an instance attribute named __getitem__ is not the special method
    d = Defaults()
    d.__getitem__ = lambda i: "instance"
    print([d[i] for i in range(3)])

    # arities the call stub declines, generators, static methods
    for _ in range(3):
        try:
            TooMany()[1]
        except TypeError as e:
            print("TypeError", e)
    print(next(Gen()[5]), Static()[3])

    # exceptions out of the planned method keep their traceback through the site
    class Strict:
        def __getitem__(self, i):
            if i > 2:
                raise IndexError("strict index out of range")
            return i
        def __setitem__(self, i, v):
            raise KeyError(i)
    s = Strict()
    print(list(s))           # the old iteration protocol stops at IndexError
    for i in range(5):
        try:
            s[i]
        except IndexError as e:
            print("IndexError", e)
    try:
        s["k"] = 1
    except KeyError as e:
        print("KeyError", e)
    s[10]

main()
