# with on files opened in binary mode
with open("bytes.bin", "wb") as f:
    print(type(f).__name__, f.closed)
    f.write(bytes(range(10)))
    f.write(b"\xff\xfe")
print(f.closed)
with open("bytes.bin", "rb") as f:
    print(type(f).__name__)
    data = f.read()
print(data, len(data), type(data).__name__)
print(list(data[:4]), data[-1], data[2:5])

with open("bytes.bin", "rb") as f:
    print(f.read(3), f.read(2), f.read())

with open("bytes.bin", "ab") as f:
    for i in range(200):
        f.write(bytes([i % 256]))
with open("bytes.bin", "rb") as f:
    data = f.read()
print(len(data), sum(data), data[-3:])

# text written, read back as bytes
with open("text.txt", "w") as f:
    f.write("caf\u00e9\nline\n")
with open("text.txt", "rb") as f:
    raw = f.read()
print(raw, len(raw))
print(raw.decode("utf-8").splitlines())

# writing str to a binary file fails, and the file is still closed
try:
    with open("bad.bin", "wb") as g:
        g.write("not bytes")
except TypeError as e:
    print("TypeError:", e)
print(g.closed)
