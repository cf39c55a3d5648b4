# the observable surface of generator objects (no frames, no addresses)
def numbers(n):
    yield from range(n)

class Holder:
    def items(self):
        yield 1

    @staticmethod
    def outer():
        def inner_gen():
            yield 2
        return inner_gen()

g = numbers(3)
print(type(g).__name__, g.__name__, g.__qualname__)
h = Holder().items()
print(h.__name__, h.__qualname__)
i = Holder.outer()
print(i.__name__, i.__qualname__)
ge = (x for x in "ab")
print(type(ge).__name__, ge.__name__, ge.__qualname__)

def f():
    return (y for y in range(2))
print(f().__qualname__)

print(iter(g) is g, iter(ge) is ge)
print(hasattr(g, "__next__"), hasattr(g, "send"), hasattr(g, "throw"), hasattr(g, "close"))
print(callable(g), callable(numbers))
print(type(g) is type(ge), type(g) is type(h))
print(isinstance(g, type(ge)))
print(bool(g), bool(numbers(0)))    # generators are always truthy

# a generator function is still a function
print(type(numbers).__name__, numbers.__name__)
print(numbers(1) is numbers(1))

# the bound next method
nxt = g.__next__
print(nxt(), nxt(), next(g))
try:
    nxt()
except StopIteration:
    print("StopIteration from __next__")

# __name__ can be reassigned
g2 = numbers(1)
g2.__name__ = "renamed"
print(g2.__name__, g2.__qualname__)
try:
    g2.__name__ = 5
except TypeError as e:
    print("TypeError:", e)

# generators are not subscriptable and have no len
for op in ("len", "index"):
    try:
        if op == "len":
            len(numbers(2))
        else:
            numbers(2)[0]
    except TypeError as e:
        print("TypeError:", e)

# equality is identity
a = numbers(2)
print(a == a, a == numbers(2), a != numbers(2))
