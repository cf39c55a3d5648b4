# Sorting lists of strs (the decorated fast path): prefixes of 8 bytes and more, NULs,
# non-ASCII code points, reverse, and stability between equal strings.
import random
rnd = random.Random(7)
alphabet = ["a", "b", "\x00", "é", "z", "€", "😀", "A"]
words = ["".join(rnd.choice(alphabet) for _ in range(rnd.randrange(0, 12))) for _ in range(3000)]
words += ["abcdefgh", "abcdefghi", "abcdefgh\x00", "abcdefg", "abcdefgh" * 3, "", "\x00", "\x00\x00"]
s = sorted(words)
print(s == sorted(words, key=lambda w: [ord(c) for c in w]))
print(sorted(words, reverse=True) == s[::-1] or "reverse differs for equal keys only")
print(s[:12])
print(s[-6:])
# Stability: equal strings keep their original order (observable through identity).
a = "".join(["ab", "c"])
b = "".join(["a", "bc"])
l = [b, "x", a, "abc"]
l2 = sorted(l)
print([x is a for x in l2], [x is b for x in l2])
l3 = sorted(l, reverse=True)
print([x is a for x in l3], [x is b for x in l3])
keys = ["k" + str(i % 97) for i in range(5000)]
keys.sort()
print(keys[:5], keys[-5:], len(set(keys)))
