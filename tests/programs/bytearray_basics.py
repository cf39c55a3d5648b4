b = bytearray(b"hello")
print(b, len(b), b[0], b[-1], b[1:3], type(b[1:3]).__name__)
b[0] = 72
b.append(33)
b.extend(b" world")
b.extend([1, 2])
print(b, repr(b), str(b))
print(bytearray(), bytearray(3), bytearray([65, 66]), bytearray("héllo", "utf-8"), bytearray(b"x"))
print(b.upper(), b.find(b"l"), b.count(b"l"), b.split(b" "), b.decode("latin-1"))
print(bytes(b), b == bytes(b), bytes(b) == b, b + b"!", b"!" + b, type(b"!" + b).__name__)
c = bytearray(b"abc")
c += b"def"
print(c, c * 2, 2 * c, b"b" in c, 99 in c, list(c), c.pop(), c.pop(0), c)
c[1:3] = b"XYZ"
print(c)
del c[0]
print(c)
del c[::2]
print(c)
c.insert(0, 65); c.insert(-1, 66); c.insert(100, 67)
print(c, c.copy(), c.reverse(), c)
c.remove(65); print(c); c.clear(); print(c, bool(c), bool(bytearray(b"x")))
print(bytearray.fromhex("41 42"), bytearray(b"ab").hex(), bytearray(b"a,b").split(b","))
print(isinstance(b, bytearray), isinstance(b, bytes), sorted([bytearray(b"b"), bytearray(b"a")]))
print(bytearray(b"a") < b"b", b"a" <= bytearray(b"a"), b"-".join([bytearray(b"x"), b"y"]), bytearray(b"-").join([b"x", b"y"]))
line = bytearray(61)
for i in range(60):
    line[i] = 97 + i % 26
line[60] = 10
print(line[:5], len(line), line.strip())
for bad in (lambda: bytearray("x"), lambda: bytearray([256]), lambda: bytearray(-1), lambda: hash(bytearray()),
            lambda: bytearray(b"a")[5], lambda: bytearray(b"a").pop(5), lambda: bytearray().pop(),
            lambda: bytearray(b"a").remove(9), lambda: bytearray(1.5), lambda: bytearray(b"ab").__setitem__(0, 300),
            lambda: bytearray(b"ab").__setitem__(slice(0, 2, 2), b"xyz"), lambda: bytearray(b"a") + "s"):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(list(iter(bytearray(b"xy"))), type(iter(bytearray())).__name__, bytearray(b"abc")[::-1])
print(bytearray(b"AbC").lower(), bytearray(b" x ").strip(), bytearray(b"aXa").replace(b"a", b"bb"))
print(bytearray(b"x").startswith(b"x"), bytearray(b"xy").endswith((b"z", b"y")), bytearray(b"12").isdigit())
import struct, hashlib
print(struct.unpack("<H", bytearray(b"\x01\x02")), hashlib.md5(bytearray(b"abc")).hexdigest())
print(int.from_bytes(bytearray(b"\x01\x00"), "little"), bytes(bytearray(b"zz")))
