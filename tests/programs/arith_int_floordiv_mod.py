# Floor division and modulo follow floor semantics for negative operands.
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (0, -3), (1, 5), (-1, 5),
         (1, -5), (-1, -5), (100, 7), (-100, 7), (100, -7), (-100, -7), (6, 3), (-6, 3)]
for a, b in pairs:
    q = a // b
    r = a % b
    print(f"{a} // {b} = {q}; {a} % {b} = {r}; check {q * b + r == a}")
for a in range(-10, 11):
    print(a, a // 3, a % 3, a // -3, a % -3, divmod(a, 4), divmod(a, -4))
big = 10 ** 30 + 7
print(big // 3, big % 3, (-big) // 3, (-big) % 3, big // -7, big % -7)
print((-big) // (-big), (-big) % big, big // (big + 1), big % (big + 1))
print(-(2 ** 64) // 3, -(2 ** 64) % 3, (2 ** 64) // -5, (2 ** 64) % -5)
