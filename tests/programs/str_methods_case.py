# Case conversion methods.
for s in ["hello world", "HELLO World", "hELLO wORLD", "it's a dog's life", "123abc DEF", "", "élan ÉCOLE"]:
    print(repr(s), s.upper(), s.lower(), s.title(), s.capitalize(), s.swapcase())
print("mIxEd".lower() == "mixed", "abc".upper().lower(), "x1y2".title(), "hello-world_foo bar".title())
