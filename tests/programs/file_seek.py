# seek/tell on binary and text files, ord() of a byte.
with open("s.bin", "wb") as f:
    f.write(b"0123456789")
    print(f.tell(), f.seek(2), f.tell())
    f.write(b"ab")
    print(f.seek(0, 2), f.seek(-3, 2), f.tell(), f.seekable())
with open("s.bin", "rb") as f:
    print(f.read(), f.tell())
    print(f.seek(0), f.read(3), f.tell(), f.seek(2, 1), f.read(2), f.seek(-1, 2), f.read())
    print(f.seek(100), f.read(), f.tell(), f.seekable())
    for bad in ((-1,), (0, 3), (5, 3), (0, 4), (20, 3), (0, 7)):
        try:
            print(f.seek(*bad))
        except OSError as e:
            print("OSError:", e, e.errno, e.filename)
        except ValueError as e:
            print("ValueError:", e)
    print(ord(f.read(0) or b"z"), [ord(bytes([i])) for i in (0, 65, 255)])
with open("t.txt", "w") as f:
    f.write("line1\nline2\n")
    print(f.tell())
with open("t.txt") as f:
    print(repr(f.readline()), f.tell() > 0)
    pos = f.tell()
    rest = f.read()
    print(f.seek(pos) == pos, f.read() == rest, f.seek(0), repr(f.read(5)), f.seek(0, 2) > 0, repr(f.read()))
    for bad in ((1, 1), (1, 2)):
        try:
            f.seek(*bad)
        except OSError as e:
            print(type(e).__name__ in ("UnsupportedOperation", "OSError"), e)
    for bad in ((-1,), (0, 3)):
        try:
            f.seek(*bad)
        except ValueError as e:
            print("ValueError:", e)
try:
    ord(b"ab")
except TypeError as e:
    print("TypeError:", e)
