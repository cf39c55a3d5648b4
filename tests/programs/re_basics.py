# re: matching, searching, groups, lookaround, backreferences, conditionals, atomic
# and possessive repeats, flags, VERBOSE, bytes, sub/split/findall rules, errors.
import re
print(re.match(r"(\w+) (\w+)", "hello world extra").groups())
print(re.search(r"\d+", "abc 123 def 45").group(), re.findall(r"\d+", "a1b22c333"))
print(re.sub(r"(\w)(\d)", r"\2\1", "a1 b2 c3"), re.subn("a", "b", "aaa", 2))
print(re.split(r"[,;]\s*", "a, b;c,  d"), re.split(r"(,)", "a,b,c"), re.split("x*", "abc"))
print(re.fullmatch(r"a|ab", "ab"), re.fullmatch("a+", "aaab"))
print([m.span() for m in re.finditer(r"\b\w", "the quick brown")])
print(re.sub("x*", "-", "abxd"), re.findall("", "ab"), re.findall(r"a|(b)", "ab"))
m = re.match(r"(?P<first>\w+)\s(?P<last>\w+)", "Jane Doe")
print(m.groupdict(), m["first"], m.lastgroup, m.lastindex, m.span("last"), m)
print(re.match(r"(a)(b)?", "ac").groups(), re.match(r"(a)(b)?", "ac").lastindex, re.match("((a)b)", "ab").lastindex)
print(re.search(r"(?<=abc)def", "abcdef"), re.search(r"(?<!abc)def", "abcdef"), re.search(r"foo(?=bar)", "foobar"), re.search(r"foo(?!bar)", "foobar"))
print(re.match(r"(a+)+b", "aaab"), re.match(r"(\d{2,3}?)(\d*)", "12345").groups(), re.match(r"a{2}b{1,}c{,2}", "aabbbcc"))
print(re.match(r"(a)\1", "aa"), re.match(r"(?P<x>a)(?P=x)", "aa"), re.match(r"(a)?(?(1)b|c)", "c"))
print(re.escape("a.b*c"), re.sub(r"\s+", " ", "a \n\t b"), re.match("^$", ""), re.search("^b", "a\nb", re.M))
print(re.match(r"[^a-c]+", "xyza"), re.match(r"[\d\s]+", "1 2 3x"), re.match(r"[a\-z]+", "a-z-b"), re.match(r"[]a]+", "]a]b"))
print(re.findall(r"(?x) \d+  # digits", "12 34"), re.match(r"(?s).+", "a\nb"), re.match(".+", "a\nb"))
print(re.match(r"(?>a+)b", "aaab"), re.match(r"a++a", "aaa"), re.match(r"(?:ab)+", "ababx"))
print(re.sub(r"(?P<n>\d)", r"<\g<n>\g<0>>", "a1b2"), re.sub("a", lambda m: m.group().upper(), "banana"))
print(re.compile(rb"\w+").findall(b"ab cd"), re.sub(b"a", b"b", b"aaa"))
for bad in ["(", ")", "a**", "[a", "*", r"\q", "(?P<1a>x)", "a{3,2}", "(?<=a+)b", r"(a)\2", "(?Px)"]:
    try:
        re.compile(bad)
    except re.error as e:
        print(repr(bad), "->", e)
print(re.match("é+", "ééa"), re.findall(r"\w+", "héllo wörld"), re.match(r"(?i)É", "é"))
print(re.sub(r"(?m)^", "> ", "a\nb"), re.findall(r"(\w)(\w)?", "abc"))
print(re.compile(r"(?i)hello"), re.compile("a", re.I | re.M), re.compile(b"x"))
