# Sets of small ints: construction, add/remove/discard/pop, membership.
s = {3, 1, 2}
print(s, len(s), 2 in s, 5 in s, 5 not in s)
s.add(4)
s.add(1)
print(s)
s.remove(3)
print(s)
s.discard(100)
s.discard(4)
print(s)
try:
    s.remove(100)
except KeyError as e:
    print("KeyError", e)
print(set(), set([1, 1, 2, 2, 3]), set(range(5)), set((5, 4, 5)), len(set()))
t = {10, 20, 30}
popped = []
while t:
    popped.append(t.pop())
print(sorted(popped), t)
try:
    t.pop()
except KeyError as e:
    print("KeyError", e)
u = {1, 2, 3}
v = u.copy()
v.add(99)
print(u, sorted(v), u is v)
u.clear()
print(u, bool(u), bool(v))
print(sorted({-5, 3, -1, 0}), max({4, 9, 2}), min({4, 9, 2}), sum({1, 2, 3, 3}))
print({1, 2} == {2, 1}, {1, 2} != {1, 2, 3}, {1, 1.0, True})
try:
    {[1, 2]}
except TypeError as e:
    print("TypeError", e)
words = {"pear", "apple", "fig"}
print(sorted(words), "fig" in words, len(words))
