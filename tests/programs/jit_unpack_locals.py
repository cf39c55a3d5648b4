# `a, b, c = seq` followed by plain StoreFasts: the JIT stores a plain tuple's or
# list's items straight into the locals; every other case keeps the generic path.

class L(list):
    pass

class T(tuple):
    def __iter__(self):
        return iter((7, 8, 9))

class Obj:
    pass

def unpack3(seq):
    a, b, c = seq
    return a * 100 + b * 10 + c

def same_target(seq):
    a, a = seq
    return a

def nested(seq):
    (a, b), c = seq
    return (a, b, c)

def mixed(seq, o):
    a, o.x, c = seq
    return (a, o.x, c)

def swap(x, y):
    for _ in range(3):
        x, y = y, x + y
    return x, y

def attempt(f, *args):
    try:
        return f(*args)
    except (ValueError, TypeError) as e:
        return type(e).__name__ + ": " + str(e)

out = []
o = Obj()
for rnd in range(200):
    r = (
        attempt(unpack3, (1, 2, 3)),
        attempt(unpack3, [4, 5, 6]),
        attempt(unpack3, L([1, 1, 1])),
        attempt(unpack3, T((0, 0, 0))),
        attempt(unpack3, (1, 2)),
        attempt(unpack3, [1, 2, 3, 4]),
        attempt(unpack3, "123" if rnd % 2 else range(3)),
        attempt(unpack3, 5),
        attempt(same_target, (1, 2)),
        attempt(nested, ((1, 2), 3)),
        attempt(nested, ([1, 2], [3])),
        attempt(mixed, (1, 2, 3), o),
        attempt(swap, rnd, 1),
    )
    if rnd % 100 == 0:
        out.append(r)
for r in out:
    for x in r:
        print(x)
