# Set operators | & - ^ and their in-place forms.
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b, a | b | {9}, a & b & {4})
x = set(a)
x |= {10}
print(x)
x &= {1, 2, 10, 11}
print(sorted(x))
x -= {1}
print(sorted(x))
x ^= {2, 3}
print(sorted(x))
print(frozenset({1, 2}) | {3}, {3} | frozenset({1, 2}), type(frozenset({1}) | {2}).__name__, type({2} | frozenset({1})).__name__)
try:
    print(a | [1])
except TypeError as e:
    print("TypeError", e)
evens = set(range(0, 20, 2))
threes = set(range(0, 20, 3))
print(sorted(evens & threes), sorted(evens - threes), len(evens | threes), sorted(evens ^ threes))
