# Tuple methods, indexing, slicing and concatenation.
t = (3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5)
print(t.count(5), t.count(1), t.count(42), t.index(5), t.index(5, 5), t.index(1, 2, 4))
print(t[0], t[-1], t[2:5], t[::-1], t[::3], len(t), min(t), max(t), sum(t))
print(t + (7, 8), (0,) * 3, t[:2] * 2, 5 in t, 42 not in t)
try:
    t.index(42)
except ValueError as e:
    print("ValueError", e)
try:
    t[0] = 1
except TypeError as e:
    print("TypeError", e)
try:
    t[20]
except IndexError as e:
    print("IndexError", e)
try:
    t + [1]
except TypeError as e:
    print("TypeError", e)
u = t
u += (0,)
print(t is u, len(t), len(u))
print(tuple(sorted(t)), tuple(reversed((1, 2, 3))), tuple(x * 2 for x in range(4)))
