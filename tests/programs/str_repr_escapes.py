# repr() of strings with quotes and escape characters.
samples = ["plain", "it's", 'say "hi"', "both ' and \"", "tab\there", "new\nline", "back\\slash",
           "\r\0\x07\x1b", "\x7f\x80\xff", "", " ", "'", '"', "\\n literally", "uni é ✓"]
for s in samples:
    print(repr(s), len(s), str(s) == s)
print(samples)
print(repr(repr("x")), repr("a'b\"c"))
print(["it's"], ('"',), {"k'": "v\""})
raw = r"C:\new\table"
print(raw, repr(raw), len(raw))
print("\101\102\103", "\x41", "\u0041", "\t|", "a\
b")
