# The accelerated pickle (dumps/loads) against pickle.py's own Python classes
# (_dumps/_loads): the same bytes, and each reads the other's output.
import datetime
import pickle


class Plain:
    def __init__(self, n):
        self.n = n
        self.children = []

    def __eq__(self, other):
        return type(other) is Plain and self.n == other.n and self.children == other.children


class Slots:
    __slots__ = ("a", "b")

    def __init__(self, a, b):
        self.a, self.b = a, b

    def __eq__(self, other):
        return type(other) is Slots and (self.a, self.b) == (other.a, other.b)


class Reduced:
    def __init__(self, x):
        self.x = x

    def __reduce__(self):
        return (Reduced, (self.x,))

    def __eq__(self, other):
        return type(other) is Reduced and self.x == other.x


class MyList(list):
    pass


class MyDict(dict):
    pass


p = Plain(1)
p.children.append(Plain(2))
shared = [1, 2, 3]
cyc = []
cyc.append(cyc)
values = [
    None, True, 0, 255, 256, -1, 2**31, -2**63, 10**40, 1.5, float("inf"), "", "x" * 300,
    "é€😀", "y" * 70000, b"", b"z" * 300, b"q" * 70000, bytearray(b"ab"), (), (1,), (1, 2, 3),
    tuple(range(10)), list(range(2500)), {str(i): i for i in range(1500)}, {1, 2}, frozenset("ab"),
    [shared, shared, (shared,)], p, Slots(1, [2]), Reduced("r"), MyList([1, 2]), MyDict(a=1),
    datetime.date(2020, 1, 2), datetime.timedelta(seconds=5), len, Plain, type(None), cyc,
]
for proto in range(6):
    same = ok = 0
    for v in values:
        if isinstance(v, Slots) and proto < 2:
            for dumps in (pickle.dumps, pickle._dumps):
                try:
                    dumps(v, proto)
                except TypeError as e:
                    print("TypeError", e)
            same += 1
            ok += 1
            continue
        fast, slow = pickle.dumps(v, proto), pickle._dumps(v, proto)
        same += fast == slow
        a, b = pickle.loads(slow), pickle._loads(fast)
        if v is cyc:
            ok += a[0] is a and b[0] is b
        elif v is None or v is len or v is Plain or v is type(None):
            ok += a is v and b is v
        else:
            ok += a == v and b == v and type(a) is type(v)
    print(proto, "same bytes", same, "of", len(values), "round trips", ok)
