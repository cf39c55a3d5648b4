# int()/float()/str() over bytes, and io.BytesIO.
import io

print(int(b"42"), int(b" -7 "), int(b"ff", 16), int(bytearray(b"0x10"), 0), float(b"2.5"), float(bytearray(b"-1e3")))
print(str(b"caf\xc3\xa9", "utf-8"), str(b"\xe9", "latin-1"), str(bytearray(b"ab"), "ascii"), str(b"x\xff", "utf-8", "replace"))
for bad in (lambda: int(b"4x"), lambda: float(b"nope"), lambda: str(b"\xff", "ascii"), lambda: int(b"z", 36 + 1)):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
b = io.BytesIO(b"line1\nline2\nrest")
print(b.readline(), b.read(3), b.tell(), b.read(), b.read(), b.seek(0), list(b))
w = io.BytesIO()
print(w.write(b"abc"), w.write(bytearray(b"def")), w.getvalue(), w.seek(1), w.write(b"Z"), w.getvalue())
w.seek(10)
w.write(b"!")
print(w.getvalue(), w.truncate(4), w.getvalue(), w.seek(-2, 2), w.read())
with io.BytesIO(b"x") as c:
    print(c.read(), c.closed)
print(c.closed)
try:
    c.read()
except ValueError as e:
    print("ValueError", e)
try:
    io.BytesIO().write("s")
except TypeError as e:
    print("TypeError", e)
