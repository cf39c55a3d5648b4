# str.rsplit and str.join.
print("a,b,c,d".rsplit(",", 1), "a,b,c,d".rsplit(",", 2), "a b c".rsplit(), "  a  b  ".rsplit(None, 1))
print("path/to/file.txt".rsplit("/", 1), "file.tar.gz".rsplit(".", 1), "noext".rsplit(".", 1))
print(", ".join(["a", "b", "c"]), "".join(["x", "y"]), "-".join("abc"), "|".join([]), "+".join(["solo"]))
print(" ".join(str(i) for i in range(5)), "\n".join(["l1", "l2"]))
print("".join(reversed("hello")), "::".join(("t", "u", "p")), ",".join({"k1": 1, "k2": 2}))
try:
    print(",".join([1, 2, 3]))
except TypeError as e:
    print("TypeError", e)
try:
    print(",".join(["a", None]))
except TypeError as e:
    print("TypeError", e)
words = "the quick brown fox jumps over the lazy dog".split()
print(" ".join(w.capitalize() for w in words))
print(" ".join(words[::-1]))
print("_".join(w[0] for w in words))
