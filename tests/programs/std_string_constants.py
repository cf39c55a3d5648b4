import string
for name in ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "digits", "hexdigits", "octdigits", "punctuation", "printable", "whitespace"]:
    v = getattr(string, name)
    print(name, len(v), repr(v))
print(string.capwords("hello   world  foo"), string.capwords("a-b-c", "-"))
print(sum(c in string.punctuation for c in "Hello, World! (yes)"))
print("".join(c for c in "H3ll0 W0rld" if c in string.ascii_letters))
table = {c: i for i, c in enumerate(string.ascii_lowercase)}
print(table["z"], [string.ascii_uppercase[(table[c] + 3) % 26] for c in "xyzabc"])
