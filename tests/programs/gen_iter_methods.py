# generators as __iter__ of user classes
class Countdown:
    def __init__(self, start):
        self.start = start

    def __iter__(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1

c = Countdown(4)
print(list(c))
print(list(c))
print(sum(c), max(c), 3 in c, 7 in c)
print(sorted(c))
it = iter(c)
print(type(it).__name__, next(it), next(it))

class Tree:
    def __init__(self, value, *children):
        self.value = value
        self.children = children

    def __iter__(self):
        yield self.value
        for ch in self.children:
            yield from ch

    def depth_first(self, depth=0):
        yield depth, self.value
        for ch in self.children:
            yield from ch.depth_first(depth + 1)

t = Tree(1, Tree(2, Tree(4), Tree(5)), Tree(3, Tree(6, Tree(7))))
print(list(t))
for d, v in t.depth_first():
    print("." * d + str(v))

class Range2D:
    def __init__(self, w, h):
        self.w = w
        self.h = h

    def cells(self):
        for y in range(self.h):
            for x in range(self.w):
                yield x, y

    def rows(self):
        for y in range(self.h):
            yield [(x, y) for x in range(self.w)]

r = Range2D(3, 2)
print(list(r.cells()))
print(list(r.rows()))
gen_method = r.cells
print(next(gen_method()), next(gen_method()))

class WithStatic:
    @staticmethod
    def evens(n):
        yield from range(0, n, 2)

    @classmethod
    def named(cls, n):
        for i in range(n):
            yield cls.__name__ + str(i)

print(list(WithStatic.evens(9)))
print(list(WithStatic.named(3)))
print(list(WithStatic().named(2)))
