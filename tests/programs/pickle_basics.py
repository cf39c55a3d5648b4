import pickle
import datetime


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __eq__(self, other):
        return type(other) is Point and (self.x, self.y) == (other.x, other.y)

    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a = 1
        self.b = [2]


class WithState:
    def __init__(self):
        self.v = 5

    def __getstate__(self):
        return {"v": self.v * 10}

    def __setstate__(self, st):
        self.v = st["v"] + 1


values = [
    None, True, False, 0, 1, 255, 256, 65535, 65536, -1, -129, 2**31 - 1, 2**31, -2**31,
    -2**31 - 1, 2**64, -2**100, 3.5, -0.0, 1e300, "", "abc", "héllo\u20ac\U0001f600",
    "line\nbreak\\", b"", b"bytes\x00\xff", bytearray(b"ba"), (), (1,), (1, 2), (1, 2, 3),
    (1, 2, 3, 4), [], [1, [2, 3]], {}, {"a": 1, "b": [1, 2]}, {1, 2, 3}, frozenset([4, 5]),
    list(range(2500)), {i: str(i) for i in range(1200)},
]
for proto in range(0, 6):
    out = []
    for v in values:
        data = pickle.dumps(v, proto)
        back = pickle.loads(data)
        ok = back == v and type(back) is type(v)
        out.append("ok" if ok else "BAD %r -> %r" % (v, back))
        if len(data) < 60:
            out.append(data.hex())
    print(proto, " ".join(out))
shared = [1, 2]
obj = {"a": shared, "b": shared, "self": None}
obj["self"] = obj
for proto in range(0, 6):
    back = pickle.loads(pickle.dumps(obj, proto))
    print(proto, back["a"] is back["b"], back["self"] is back, back["a"])
p = Point(1, "two")
for proto in range(0, 6):
    data = pickle.dumps([p, p], proto)
    back = pickle.loads(data)
    print(proto, back, back[0] is back[1], len(data))
s = pickle.loads(pickle.dumps(Slotted(), 2))
print(s.a, s.b, pickle.loads(pickle.dumps(WithState())).v)
d = datetime.date(1980, 5, 7)
dt = datetime.datetime(2020, 1, 2, 3, 4, 5, 6, tzinfo=datetime.timezone.utc)
td = datetime.timedelta(days=3, seconds=7)
print(pickle.loads(pickle.dumps([d, dt, td])), pickle.loads(pickle.dumps(d, 0)))
print(pickle.loads(pickle.dumps(len)), pickle.loads(pickle.dumps(Point)), pickle.loads(pickle.dumps(type(None))))
print(pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL)
print(pickle.dumps(12345).hex(), pickle.dumps("x" * 5, 2).hex(), pickle.dumps([1, 2], 1).hex())
# (Only errors whose type and text CPython's C pickle and a Python pickle share.)
for bad in (lambda: pickle.loads(b""), lambda: pickle.dumps(1, 9), lambda: pickle.loads(b"zz")):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
import io
f = io.BytesIO()
pickle.dump({"k": 1}, f)
pickle.dump([2], f)
f.seek(0)
print(pickle.load(f), pickle.load(f))
print(pickle.loads(b"(lp0\nI1\naI2\na."), pickle.loads(b"(dp0\nVkey\np1\nF1.5\ns."), pickle.loads(b"S'abc'\np0\n."))
