# String comparisons, membership and ordering.
words = ["banana", "Apple", "apple", "cherry", "", "app", "b", "Banana", "äpple", "zebra"]
print(sorted(words))
print(sorted(words, reverse=True))
print(sorted(words, key=len))
for a, b in [("abc", "abd"), ("abc", "ab"), ("", "a"), ("Z", "a"), ("a", "a"), ("10", "9")]:
    print(repr(a), repr(b), a < b, a <= b, a == b, a != b, a > b, a >= b)
print("ell" in "hello", "xyz" in "hello", "" in "abc", "H" in "hello", "lo" not in "hello")
print(max(words), min(words), max("hello"), min("hello"))
print("abc" == "abc", "a" < "b" < "c", "b" < "a" < "c")
print("apple" < "apple pie", "apple" > "Apple", "é" > "z")
