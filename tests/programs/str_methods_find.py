# find / rfind / index / rindex.
s = "hello world, hello kiln"
for sub in ["hello", "o", "kiln", "xyz", "", "l", "world"]:
    print(repr(sub), s.find(sub), s.rfind(sub), s.count(sub))
print(s.find("o", 5), s.find("o", 5, 8), s.find("o", -5), s.rfind("o", 0, 10), s.rfind("l", -8, -2))
print(s.index("world"), s.rindex("hello"), s.index("l", 4), s.rindex("l", 0, 5))
print("".find(""), "".find("a"), "abc".find("", 10), "abc".find("", 3), "abc".rfind(""))
try:
    s.index("xyz")
except ValueError as e:
    print("ValueError", e)
try:
    s.rindex("xyz")
except ValueError as e:
    print("ValueError", e)
pos = s.find("l")
found = []
while pos != -1:
    found.append(pos)
    pos = s.find("l", pos + 1)
print(found)
