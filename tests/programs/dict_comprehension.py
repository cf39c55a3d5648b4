# Dict comprehensions.
squares = {x: x * x for x in range(6)}
print(squares)
print({x: x * x for x in range(10) if x % 3 == 0})
print({k: v for k, v in squares.items() if v > 5})
print({v: k for k, v in squares.items()})
words = ["apple", "bob", "kayak", "level", "python"]
print({w: w == w[::-1] for w in words})
print({w[0]: w for w in words})
print({(i, j): i * j for i in range(3) for j in range(3) if i <= j})
print({i: {j: i + j for j in range(2)} for i in range(3)})
letters = {c: "abcabc".count(c) for c in "abcabc"}
print(letters)
print({str(k): [k] * k for k in range(4)})
