# Comprehensions with several for and if clauses.
print([(a, b) for a in range(4) if a % 2 == 0 for b in range(a) if (a + b) % 3])
print([c for w in ["ab", "cd", "ef"] for c in w if c not in "ce"])
print([x * y * z for x in range(1, 3) for y in range(1, 3) for z in range(1, 3)])
print(sorted({a + b for a in (1, 2, 3) for b in (10, 20) if a != 2}))
print({a: b for a in range(3) for b in range(3) if a != b})
coins = [1, 5, 10, 25]
ways = [(a, b, c) for a in range(0, 31) for b in range(0, 31, 5) for c in range(0, 31, 10) if a + b + c == 30]
print(len(ways), ways[:4])
words = ["apple", "banana", "cherry", "date"]
print([(w, i) for i, w in enumerate(words) if len(w) > 4 if "a" in w])
