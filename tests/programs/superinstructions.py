# Pairs the bytecode compiler fuses into superinstructions (LoadFast LoadFast,
# LoadFast LoadConst, LoadConst LoadFast, StoreFast LoadFast, StoreFast StoreFast):
# the second half must still raise on its own, and jumps may land on it.


def second_unbound(flag):
    if flag:
        b = 1
    a = 2
    return a + b


def store_then_unbound(flag):
    if flag:
        y = 5
    x = 1
    return y


def const_then_unbound(flag):
    if flag:
        z = 3
    return 7 - z


for fn in (second_unbound, store_then_unbound, const_then_unbound):
    print(fn.__name__, fn(True))
    try:
        fn(False)
    except UnboundLocalError as e:
        print(type(e).__name__, e)


def loop_header(n):
    # `i = 0` is a StoreFast whose next instruction, `LoadFast i`, is also the loop's
    # jump target: it runs both fused and on its own.
    i = 0
    total = 0
    while i < n:
        total = total + i
        i = i + 1
    return total


def swaps(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a, b


def mixed(k):
    x = k
    y = 3
    z = x * y - 1
    w = 1 + z
    return x, y, z, w, 2 * w, w - 2


print(loop_header(10), loop_header(0))
print(swaps(10))
print([mixed(k) for k in range(3)])


def raise_after_pair():
    a = 1
    b = None
    return a + b


try:
    raise_after_pair()
except TypeError as e:
    print("TypeError", e)


def gen(n):
    i = 0
    while i < n:
        x = i
        yield x, i
        i = x + 1


print(list(gen(4)))


# LoadFast LoadAttr: the attribute load is folded in only on an inline-cache hit;
# misses (a new shape, a missing attribute) run the LoadAttr on its own.
class P:
    def __init__(self, x):
        self.x = x


def get_x(p):
    return p.x


ps = [P(1), P(2.5), P("s")]
ps[1].y = 0  # another shape
print([get_x(p) for p in ps * 3])
try:
    get_x(object())
except AttributeError as e:
    print("AttributeError", e)


def unbound_attr(flag):
    if flag:
        q = P(3)
    return q.x


try:
    unbound_attr(False)
except UnboundLocalError as e:
    print("UnboundLocalError", e)
print(unbound_attr(True))


# LoadFast LoadMethod: the same, for method calls.
class Q(P):
    def get(self):
        return self.x

    def twice(self):
        return self.get() * 2


qs = [Q(1), Q(1.5), Q("t")]
qs[0].get = lambda: "instance attribute wins"
print([q.get() for q in qs], [q.twice() for q in qs[1:]])
try:
    qs[0].missing()
except AttributeError as e:
    print("AttributeError", e)


# CompareOp PopJumpIfFalse/True: ints and floats branch directly; anything else
# (mixed types, NaN, user __lt__, big ints) builds the result and tests its truth.
class Weird:
    def __lt__(self, other):
        return []  # falsy, not a bool


def classify(a, b):
    out = []
    if a < b:
        out.append("lt")
    if not a >= b:
        out.append("not ge")
    while a == b:
        out.append("eq")
        break
    return out


nan = float("nan")
for a, b in [(1, 2), (2, 1), (3, 3), (1.5, 2.5), (nan, nan), (1, 1.0), (2**60, 2**60 + 1), ("a", "b")]:
    print(a, b, classify(a, b))
print(classify(Weird(), 1) if False else "skip")
w = Weird()
if w < 1:
    print("truthy")
else:
    print("falsy result of __lt__")
try:
    classify(1, "x")
except TypeError as e:
    print("TypeError", e)
