# Iterating subclasses of list and tuple: those that do not override __iter__ iterate
# their items directly; an override (also one added later) is always called.
class Coll(list):
    pass


class Pair(tuple):
    pass


class Rev(list):
    def __iter__(self):
        return reversed(list(self[:]))


def total(c):
    t = 0
    for x in c:
        t += x
    return t


c = Coll([1, 2, 3])
print([total(c) for i in range(30)][-1], total(Pair((4, 5))), total(Rev([1, 2, 3])))
print(type(iter(c)).__name__, type(iter(Pair((1,)))).__name__)
print([x for x in Rev([1, 2, 3])], list(Coll("ab")), sorted(Pair((3, 1, 2))))

# Mutation while iterating a subclass, as for a list.
c = Coll(range(5))
seen = []
for x in c:
    seen.append(x)
    if x == 1:
        c.append(99)
    if len(seen) > 10:
        break
print(seen)

# __iter__ added to the class after loops ran.
for i in range(20):
    total(c)
Coll.__iter__ = lambda self: iter([100, 200])
print(total(c), [x for x in Coll([1])])
del Coll.__iter__
print(total(Coll([7, 8])))

# A subclass of a subclass, and one overriding __getitem__ only (iteration does not
# use it for lists).
class Sub2(Coll):
    pass


class GI(list):
    def __getitem__(self, i):
        return -1


print(total(Sub2([1, 1])), total(GI([5, 6])))
