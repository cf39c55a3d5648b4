# `for a, b in seq` over lists and tuples of pairs: the JIT unpacks plain pairs in
# place; everything else (wrong length, a tuple subclass with its own __iter__, other
# iterables, a list growing while iterated) behaves exactly as the generic path.

class T(tuple):
    def __iter__(self):
        return iter(("x", "y"))

def total(seq):
    t = []
    for a, b in seq:
        t.append((a, b))
    return t

def attempt(seq):
    try:
        return total(seq)
    except (ValueError, TypeError) as e:
        return type(e).__name__ + ": " + str(e)

def growing():
    lst = [(1, 2), (3, 4)]
    out = []
    for a, b in lst:
        out.append(a + b)
        if len(lst) < 6:
            lst.append((a * 10, b * 10))
    return out

for rnd in range(150):
    r = [
        attempt([(1, 2), (3, 4), [5, 6]]),
        attempt(((1, "a"), (2, "b"))),
        attempt([(1, 2), (1, 2, 3)]),
        attempt([(1, 2), (9,)]),
        attempt([(1, 2), T((7, 8))]),
        attempt([(1, 2), "ab", {3: 4}]),
        attempt([(1, 2), 5]),
        attempt([]),
        growing(),
    ]
    if rnd % 50 == 0:
        for x in r:
            print(x)
