# open() for writing, appending and reading a text file in the current directory.
path = "kiln_test_file.txt"
f = open(path, "w")
n = f.write("first line\n")
f.write("second line\n")
f.write("third: " + str(42) + "\n")
f.close()
print("wrote", n, "chars in first write")
f = open(path)
content = f.read()
f.close()
print(repr(content), len(content))
f = open(path, "r")
lines = f.readlines()
f.close()
print(lines)
f = open(path, "a")
f.write("appended ünïcode ✓\n")
f.close()
f = open(path, encoding="utf-8")
for i, line in enumerate(f):
    print(i, repr(line.rstrip("\n")))
f.close()
f = open(path)
print(repr(f.readline()), repr(f.readline()))
print(repr(f.read()))
print(repr(f.read()))
f.close()
print(f.closed)
try:
    open("does_not_exist.txt")
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno, type(e).__name__, isinstance(e, OSError))
f = open("numbers.txt", "w")
for i in range(5):
    print(i, i * i, sep=",", file=f)
f.close()
f = open("numbers.txt")
total = 0
for line in f:
    a, b = line.strip().split(",")
    total += int(b)
f.close()
print("sum of squares", total)
