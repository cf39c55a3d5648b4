# struct: pack/unpack/calcsize/iter_unpack/Struct, byte orders, sizes, alignment,
# half floats and CPython's error messages.
import struct
def t(f, *a):
    try:
        r = f(*a)
        print(repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(struct.pack, "b", 200); t(struct.pack, "<b", 200); t(struct.pack, "B", -1); t(struct.pack, ">B", 256)
t(struct.pack, "h", 1<<15); t(struct.pack, "<H", -1); t(struct.pack, "i", 1<<31); t(struct.pack, "<i", 1<<31)
t(struct.pack, "I", -1); t(struct.pack, "<I", 1<<32); t(struct.pack, "l", 1<<63); t(struct.pack, "<l", 1<<31)
t(struct.pack, "q", 1<<63); t(struct.pack, "<Q", -1); t(struct.pack, "n", 1<<63); t(struct.pack, "<n", 1)
t(struct.pack, "b", 1.5); t(struct.pack, "f", "x"); t(struct.pack, "s", "x"); t(struct.pack, "c", b"ab")
t(struct.pack, "2b", 1); t(struct.pack, "b", 1, 2); t(struct.pack, "z", 1); t(struct.unpack, "<i", b"abc")
t(struct.unpack_from, "<i", b"abc", 1); t(struct.calcsize, "bi"); t(struct.calcsize, "=bi"); t(struct.calcsize, "@bq")
t(struct.pack, "<f", 1e300); t(struct.pack, "?", []); t(struct.pack, "3s", b"abcdef"); t(struct.pack, "5p", b"ab")
t(struct.unpack, "5p", b"\x02abcd"); t(struct.pack, "<e", 1.5); t(struct.unpack, "<e", b"\x00<")
t(struct.pack, "<d", 2); t(struct.pack, ">Q", True); t(struct.pack, "x"); t(struct.pack, "<2xb", 1)
t(struct.pack, "B", 2**70); t(struct.pack, "<q", 2**70); t(struct.calcsize, "3"); t(struct.pack, "<i", "5")
class I:
    def __index__(self): return 7
t(struct.pack, "<i", I()); t(struct.pack, "<f", I())
t(struct.unpack, "<hH", b"\xff\xff\xff\xff"); t(struct.unpack, ">?c", b"\x02z")
t(lambda: list(struct.iter_unpack("<h", b"\x01\x00\x02\x00"))); t(lambda: struct.iter_unpack("<h", b"\x01"))
s = struct.Struct(">B"); print(s.size, s.format, s.pack(5), s.unpack(b"\x07"))
t(struct.Struct, "bad!"); t(struct.pack, "<P", 1); t(struct.pack, " < i ", 1); t(struct.pack, "<i i", 1, 2)
print(struct.error.__mro__)
for fmt in ("<I", "<L", "<H", "<B", "I", "L", "H", "B", "<Q", "Q", "<b", "b", "<l", "l"):
    for v in (-1, 2**32, 2**64, -2**63-1):
        print(fmt, v, end=" "); t(struct.pack, fmt, v)
t(struct.pack, "<?", 2); t(struct.pack, "<e", 1e10); t(struct.pack, "<f", float("nan")); t(struct.unpack, "<f", b"\x00\x00\xc0\x7f")
t(struct.pack, "<c", "a"); t(struct.pack, "<s", b"abc"); t(struct.pack, "<0s", b"abc"); t(struct.unpack, "<0s", b"")
t(struct.pack, "<3p", b"abcdef"); t(struct.unpack, "<3p", b"\x09abc")
t(struct.calcsize, "<0i"); t(struct.pack, "<qh", 1.0, 2); t(struct.pack, "<d", "x"); t(struct.pack, "<d", True)
import random
random.seed(3)
ok = True
for _ in range(2000):
    x = random.uniform(-70000, 70000) * random.choice([1, 1e-3, 1e-6, 1e-8])
    try:
        a = struct.pack("<e", x)
    except OverflowError:
        a = b"overflow"
    print(a.hex(), end=" ") if _ < 20 else None
    if a != b"overflow":
        y = struct.unpack("<e", a)[0]
        ok = ok and struct.pack("<e", y) == a
print()
print("half round trips", ok)
vals = [random.randrange(-2**63, 2**63) for _ in range(200)]
packed = struct.pack(">%dq" % len(vals), *vals)
print(struct.unpack(">%dq" % len(vals), packed) == tuple(vals), len(packed))
rec = struct.pack("@bhiqd", -1, 2, -3, 4, 5.5)
print(len(rec), struct.unpack("@bhiqd", rec), struct.calcsize("@bhiqd"), struct.calcsize("=bhiqd"))
print(struct.pack("!HH", 1, 2), struct.unpack(b"<2h", b"\x01\x00\xff\xff"))
print(struct.Struct(b"<i").format, struct.Struct("<q").size)
