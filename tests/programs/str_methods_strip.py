# strip / lstrip / rstrip, with and without chars.
for s in ["  hi  ", "\t\n hi \r\n", "hi", "", "   ", "xxhixx", "xyhiyx"]:
    print(repr(s), repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr(s.strip("xy")), repr(s.lstrip("x")), repr(s.rstrip("x")))
print(repr("www.example.com".strip("cmowz.")), repr("  spaces  ".strip(" s")), repr("abcba".strip("ab")))
print(repr("0001200".lstrip("0")), repr("0001200".rstrip("0")), repr("1200".strip("")))
print(repr("\u00a0nbsp\u00a0".strip()), repr("hello\n".rstrip("\n")))
