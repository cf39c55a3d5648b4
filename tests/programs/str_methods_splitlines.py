# splitlines with various line endings.
text = "line one\nline two\r\nline three\rline four\n\nlast"
print(text.splitlines())
print(text.splitlines(True))
print("".splitlines(), "\n".splitlines(), "a\n".splitlines(), "a\n\n".splitlines(), "\na".splitlines())
print("no newline".splitlines(), "x\x0by\x0cz".splitlines())
print(text.split("\n"))
poem = """Roses are red,
  Violets are blue,
Rust is fast,
    and Python too."""
for i, line in enumerate(poem.splitlines(), 1):
    print(i, len(line), repr(line.strip()), len(line) - len(line.lstrip()))
