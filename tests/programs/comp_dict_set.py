# Dict and set comprehensions with multiple clauses.
text = "the quick brown fox jumps over the lazy dog the end"
words = text.split()
freq = {w: words.count(w) for w in words}
print(freq)
print({w: n for w, n in freq.items() if n > 1})
print({i: [j for j in range(i)] for i in range(4)})
print({(a, b): a * b for a in range(1, 4) for b in range(1, 4) if a < b})
print(sorted({w[0] for w in words}), sorted({len(w) for w in words}))
print({x % 7 for x in range(100) if x % 2 == 0})
print({k: v for k, v in zip(range(5), "abcde") if k != 2})
print({v: k for k, v in enumerate("hello")})
print({x: x ** 2 for x in range(5)} == dict((x, x ** 2) for x in range(5)))
