import io
s = io.StringIO()
print(s.write("hello "), s.write("world\n"), s.write(""), s.tell())
print(repr(s.getvalue()))
s.write("line2\nline3")
s.seek(0)
print(repr(s.readline()), repr(s.readline()), repr(s.read()), repr(s.read()), repr(s.readline()))
s.seek(0)
print([line for line in s])
s.seek(0)
print(s.readlines())
s.seek(6)
s.write("WORLD")
print(repr(s.getvalue()))
t = io.StringIO("a\nb\nc\n")
print(t.read(2), repr(t.read(3)), t.tell(), repr(t.read(100)))
t.seek(0); t.truncate(2); print(repr(t.getvalue()))
buf = io.StringIO()
for i in range(5):
    print("row", i, sep=":", file=buf)
print(buf.getvalue(), end="")
with io.StringIO("x\ny") as f:
    print(f.readlines())
print(f.closed)
try:
    f.read()
except ValueError as e:
    print("ValueError", e)
try:
    io.StringIO().write(5)
except TypeError as e:
    print("TypeError", e)
out = io.StringIO()
out.writelines(["a", "b", "c"])
print(out.getvalue(), out.seek(0, 2), out.read())
