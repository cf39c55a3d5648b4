# with on files from open(), in the current working directory
with open("data.txt", "w") as f:
    print(type(f).__name__, f.closed)
    n = f.write("line one\n")
    print("wrote", n)
    f.write("line two\n")
    f.write("third line without newline")
print("closed after with:", f.closed)

with open("data.txt") as f:
    text = f.read()
print(repr(text))

with open("data.txt") as f:
    for i, line in enumerate(f):
        print(i, repr(line))

with open("data.txt", "r") as f:
    print(f.readline(), end="")
    print(f.readlines())

with open("data.txt", "a") as f:
    f.write("\nappended")

with open("data.txt") as f:
    lines = f.read().splitlines()
print(lines, len(lines))

# the file is closed even when the body raises
try:
    with open("data.txt") as g:
        g.read(4)
        raise ValueError("oops")
except ValueError as e:
    print("ValueError", e, "closed:", g.closed)

# two files in one with: copy with transformation
with open("data.txt") as src, open("copy.txt", "w") as dst:
    for line in src:
        dst.write(line.upper())

with open("copy.txt") as f:
    print(f.read())

# writing numbers in a loop and reading back the sum
with open("nums.txt", "w") as f:
    for i in range(200):
        f.write("%d\n" % (i * i))
total = 0
with open("nums.txt") as f:
    for line in f:
        total += int(line)
print("sum", total)

# reading a closed file fails
try:
    f.read()
except ValueError as e:
    print("ValueError:", e)

# opening a missing file
try:
    with open("does_not_exist.txt") as f:
        print("unreachable")
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno, e.strerror)

# print(file=...)
with open("printed.txt", "w") as f:
    print("hello", 42, sep="|", file=f)
    print("second", file=f, end="!")
with open("printed.txt") as f:
    print(repr(f.read()))
