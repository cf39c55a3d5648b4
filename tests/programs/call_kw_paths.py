# Keyword calls of plain functions: the shapes the keyword-to-positional fast path
# takes (every tier) and every shape it must leave to the generic binding.

def f2(a, b=2):
    return (a, b)

def f4(a, b=10, c=20, d=30):
    return (a, b, c, d)

def posonly(a, b=5, /, c=6):
    return (a, b, c)

class Square:
    def __init__(self, pos):
        self.pos = pos
        self.reference = self

    def find(self, update=False):
        return (self.pos, update)

    def remove(self, reference, update=True):
        return (self.pos, reference.pos, update)

def make_adder(n):
    def add(x, y=0):
        return x + y + n     # a closure: its code has a free variable
    return add

def with_cell(a, b=1):
    def inner():
        return a + b         # a and b are cells
    return inner()

def raises(a, b):
    return a // b

def recurse(n, acc=0):
    if n == 0:
        return acc
    return recurse(n - 1, acc=acc + n)

def main():
    total = 0
    sq = Square(7)
    other = Square(9)
    add5 = make_adder(5)
    for i in range(300):
        # every parameter given, by position and keyword, in any order
        total += f2(i, b=1)[1]
        total += sum(f4(1, d=4, c=3, b=2))
        total += sum(f4(a=1, b=2, c=3, d=4))
        total += sum(f4(d=4, c=3, b=2, a=i))
        # trailing defaults left out
        total += sum(f4(1, b=i))
        # a gap filled by a default (more values than the call's slots)
        total += sum(f4(1, c=i))
        total += sum(f4(1, d=i))
        # methods
        total += sq.find(update=True)[0]
        total += sq.remove(other, update=False)[1]
        total += sq.remove(reference=other)[1]
        # closures and cells
        total += add5(i, y=1)
        total += with_cell(i, b=2)
        total += posonly(1, 2, c=i)[2]
        total += recurse(20, acc=i)
    print(total)

    # keywords built at run time
    key = "".join(["u", "pdate"])
    print(sq.find(**{key: 3}))
    print(f4(1, **{"c": 9}))

    # errors, from every tier's binding
    cases = [
        lambda: f2(1, a=2),
        lambda: f2(1, c=2),
        lambda: f2(b=2),
        lambda: f4(1, 2, 3, 4, b=5),
        lambda: posonly(1, b=2),
        lambda: sq.find(update=1, update2=2),
        lambda: raises(1, b=0),
        lambda: f2(1, **{"b": 2, "a": 3}),
    ]
    for _ in range(3):
        for case in cases:
            try:
                case()
            except (TypeError, ZeroDivisionError) as e:
                print(type(e).__name__, e)

    # deep keyword recursion reaches the recursion limit as a RecursionError
    def down(n=0):
        return down(n=n + 1)
    try:
        down()
    except RecursionError as e:
        print("RecursionError", e)

main()
raises(1, b=0)
