# Non-ASCII strings: length, indexing, slicing, iteration and methods.
s = "héllo wörld — 日本語 ✓ €"
print(s, len(s), s[1], s[-1], s[-5:-2], s[::-1])
print([c for c in "日本語"], len("日本語"), "日本" in s, s.find("日"), s.index("✓"))
print(s.upper(), s.title(), len(s.encode()), len(s.encode("utf-8")), len("abc".encode()))
print([ord(c) for c in "é日€✓"], chr(233) + chr(26085) + chr(8364), chr(0x1F600) == "\U0001F600")
emoji = "a\U0001F600b"
print(len(emoji), emoji[1] == "\U0001F600", len(emoji.encode()), repr(emoji[0]), repr(emoji[2]))
print("\u00e9" == "é", "\x41\x42", "caf\u00e9".upper())
print(sorted("äbcaé"), "ü".isalpha(), "Σ".lower(), "ﬁ".upper(), len("ﬁ".upper()))
word = "naïve"
print(word.replace("ï", "i"), word.center(9, "·"), word.split("ï"), word.count("ï"))
counts = {}
for ch in "日本語日本日":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
print(repr("日本"), repr("\u200b"), repr("é\n"))
