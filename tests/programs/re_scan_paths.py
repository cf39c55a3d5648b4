# findall, split and sub over every match at once (_sre.scan): groups, empty matches,
# bounds, limits, bytes, non-ASCII text, callable and template replacements.
import re

texts = ["a1b22c333", "", "abc", "x y  z", "héllo wörld ünï", "aaa", "text 12"]
patterns = [r"\d+", r"\d*", r"(\d)(\d)?", r"([a-z])|(\d)", r"\s+", r"", r"(?:)", r"\b", r"(a)(x)?",
            r"[\u00e9\u00f6]", r"(?P<w>\w+)", r"a|", r"x*"]
for p in patterns:
    r = re.compile(p)
    for t in texts:
        print(repr(p), repr(t), r.findall(t), r.split(t), r.subn("<>", t),
              r.sub(lambda m: "[%s]" % m.group(0), t), r.split(t, maxsplit=1),
              r.subn("#", t, count=2), r.sub("#", t, count=-1), r.split(t, -1))

for args in [(0, 5), (2, 4), (-3, 100), (5, 2), (0, -1), (10, 20), (3, 3)]:
    print(args, re.compile(r"\w").findall("abcdefgh", *args), re.compile(r"").findall("abc", *args))

print(re.sub(r"(\w)(\d)", r"\2\1", "a1 b2 c3"), re.sub(r"(?P<x>\d)", r"<\g<x>>", "1a2"),
      re.subn(r"(a)|b", lambda m: str(m.lastindex), "abab"))
print(re.findall(rb"\d+", b"a12b345"), re.split(rb"(,)", b"1,2,,3"), re.sub(rb"\d", b"#", b"a1b2"))
print(re.split(r"(a)(x)?", "1a2ax3"), re.findall(r"(a)(x)?", "1a2ax3"))
print(re.sub("", "-", "abc"), re.split("x*", "axbc"), re.findall("x*", "axbc"))
try:
    re.sub(r"(a)", r"\2", "a")
except re.error as e:
    print("error:", e)
