# Iterating strs (the ForIter fast helper): ASCII, multi-byte and astral chars, empty
# strs, iterators advanced by hand and resumed by a loop, and identity of ASCII chars.
texts = ["", "a", "hello", "héllo wörld", "日本語テキスト", "😀a😀b", "x" * 70 + "é"]
for t in texts:
    out = []
    for c in t:
        out.append(c)
    print(len(out), "".join(out) == t, out[:3], [ord(c) for c in t[-2:]])
it = iter("abcdef")
next(it)
print([c for c in it], list(it))
it = iter("αβγδ")
print(next(it), [c.upper() for c in it])
same = [c for c in "aaaa"]
print(all(c is same[0] for c in same))
count = 0
for ch in "mississippi" * 100:
    if ch == "s":
        count += 1
print(count)
