# center / ljust / rjust / zfill / expandtabs.
for s in ["a", "ab", "abc", "abcd", ""]:
    print("[" + s.center(7) + "]", "[" + s.center(6, "*") + "]", "[" + s.ljust(5, "-") + "]", "[" + s.rjust(5) + "]")
print("abc".center(2), "abc".ljust(1), "abc".rjust(-3))
for n in ["42", "-42", "+42", "3.14", "", "abc", "-", "12345"]:
    print(repr(n), repr(n.zfill(6)), repr(n.zfill(2)))
print("a\tbc\td".expandtabs(), "a\tbc\td".expandtabs(4), "\tx".expandtabs(2))
try:
    "abc".center(10, "ab")
except TypeError as e:
    print("TypeError", e)
