# Binary files: 'wb', 'ab', 'rb', 'r+b', 'w+b' read and write bytes (the test runs in
# a fresh temporary directory).
data = bytes(range(256)) + b"line one\nline two\r\nlast"
with open("blob.bin", "wb") as f:
    print(f.write(data), f.mode, f.name)
    print(f.write(b""), f.closed)
print(f.closed)
with open("blob.bin", "ab") as f:
    f.writelines([b"\n", b"tail\n"])
with open("blob.bin", "rb") as f:
    head = f.read(4)
    print(type(head).__name__, head)
    print(f.read(252) == bytes(range(4, 256)))
    print(f.readline(), f.readline(4), f.readline())
    print(f.readlines())
    print(f.read(), f.read(10), f.readline())
with open("blob.bin", "rb") as f:
    lines = list(f)
print(len(lines), lines[-2:], sum(len(l) for l in lines))
with open("blob.bin", "rb") as f:
    everything = f.read()
print(len(everything), everything.endswith(b"tail\n"), everything[256:265])
with open("blob.bin", "r+b") as f:
    print(f.read(3))
with open("new.bin", "w+b") as f:
    f.write(b"abc")
with open("new.bin", "rb") as f:
    print(f.read())
for bad, mode in (("text", "wb"), (b"bytes", "w")):
    with open("x.bin", mode) as f:
        try:
            f.write(bad)
        except TypeError as e:
            print("TypeError:", e)
try:
    open("missing.bin", "rb")
except FileNotFoundError as e:
    print("FileNotFoundError:", e.errno, e.strerror, e.filename)
try:
    open(".", "rb")
except IsADirectoryError as e:
    print("IsADirectoryError:", e.strerror)
try:
    open("x.bin", "rbt")
except ValueError as e:
    print("ValueError:", e)
with open("x.bin", "wb") as f:
    pass
with open("x.bin", "rb") as f:
    print(f.read(), f.readline(), f.readlines(), list(f))
f = open("x.bin", "rb")
f.close()
try:
    f.read()
except ValueError as e:
    print("ValueError:", e)
