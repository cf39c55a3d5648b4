# iter() and next() with defaults over many iterables.
for src in [[1, 2], (3,), "ab", {"k": 1, "j": 2}, range(2), {7}]:
    it = iter(src)
    print(type(src).__name__, next(it), next(it, "END"), next(it, "END"))
it = iter([1, 2, 3, 4])
for x in it:
    if x == 2:
        break
print("rest", list(it))
a = iter(range(6))
print(list(zip(a, a)))
it2 = iter([10, 20])
print(iter(it2) is it2, next(it2), list(it2))
d = {"x": 1, "y": 2}
print(list(iter(d.items())), list(iter(d.values())))
chunks = []
src = iter("abcdefg")
while True:
    piece = "".join(c for _, c in zip(range(3), src))
    if not piece:
        break
    chunks.append(piece)
print(chunks)
try:
    iter(5)
except TypeError as e:
    print("TypeError", e)
