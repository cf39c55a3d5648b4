# str.replace with and without a count.
s = "the cat sat on the mat with the hat"
print(s.replace("the", "a"))
print(s.replace("the", "a", 1))
print(s.replace("the", "a", 2))
print(s.replace("at", "og", 0))
print(s.replace("at", "og", -1))
print(s.replace(" ", ""))
print(s.replace("xyz", "!"))
print("aaaa".replace("a", "b", 3), "aaaa".replace("aa", "b"), "abc".replace("", "-"), "abc".replace("", "-", 2))
print("".replace("", "x"), "banana".replace("ana", "ANA"), "hello".replace("l", "LL"))
text = "one two three two one"
for old in ["one", "two", "three"]:
    text = text.replace(old, old.upper(), 1)
    print(text)
