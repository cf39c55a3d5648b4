# The JIT keeps the value a template just pushed in a register for the next template
# (LoadFast -> LoadAttr, LoadAttr -> BinaryOp, BinarySubscr -> LoadAttr, ForIter ->
# StoreFast, StoreFast -> LoadFast, ...). Every other way into the consuming template
# (after the producer's slow path ran in the interpreter, a property getter, a user
# __getitem__, a generator resumed, an exception handler) must see the same value.

class P:
    def __init__(self, v):
        self.v = v
    @property
    def prop(self):
        return P(self.v + 1)

class Box:
    def __init__(self, items):
        self.items = items
    def __getitem__(self, k):
        return self.items[k]

def chain(p, n):
    t = 0
    for i in range(n):
        t += p.prop.prop.v          # property getter (miss path) -> LoadAttr
        t += p.v * 2 + p.v          # LoadAttr -> BinaryOp -> BinaryOp
    return t

def subscripts(b, lst, d, n):
    t = 0
    for i in range(n):
        t += b[i % 3].v             # user __getitem__ (stepped) -> LoadAttr
        t += lst[i % 3].v           # list fast path -> LoadAttr
        t += d[i % 3].v             # dict through the helper -> LoadAttr
        t += (lst[i % 3].v if i % 2 else b[0].v) - 1
    return t

def loops(xs):
    t = 0
    for x in xs:                    # ForIter -> StoreFast -> LoadFast
        y = x
        t += y
    for x in range(len(xs)):
        t -= x
    for x in iter(xs):
        t += x
    for x in gen(xs):               # generator resumed through the helper
        t += x
    return t

def gen(xs):
    for x in xs:
        y = yield x
        if y is not None:
            x = y

def floats(a, b, n):
    t = 0.0
    for i in range(n):
        t += a * b + a / b - a
        if t > 1e6:
            t = 0.0
    return t

def mixed(vals):
    out = []
    for v in vals:
        try:
            r = v + 1               # int, float, str (TypeError), big int
        except TypeError as e:
            r = str(e)
        out.append(r)
    return out

def cmp_branch(xs):
    n = 0
    for x in xs:
        if x.v < 3:
            n += 1
        if not x.v:
            n += 10
    return n

def globals_then(n):
    t = 0
    for i in range(n):
        t += SCALE.v + SCALE.v
    return t

SCALE = P(7)
ps = [P(0), P(1), P(2)]
b = Box(ps)
d = {0: P(5), 1: P(6), 2: P(7)}
for rnd in range(3):
    print(chain(P(rnd), 50))
    print(subscripts(b, ps, d, 60))
    print(loops(list(range(20 + rnd))))
    print(floats(1.5 + rnd, 0.25, 100))
    print(mixed([1, 2.5, "s", 2 ** 70, True, -3]))
    print(cmp_branch(ps * 5))
    print(globals_then(40))
    g = gen([1, 2, 3])
    print(next(g), g.send(10), g.send(None))
