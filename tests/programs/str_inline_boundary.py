# Short strs live inline in their object, longer ones in their own buffer or a shared
# one: the same text must compare, hash, index, slice and concatenate alike whichever
# way each copy was built (lengths around the 22-byte boundary, multi-byte chars).
parts = ["", "a", "é", "€", "😀", "ab" * 5, "x" * 11]
texts = []
for p in parts:
    for q in parts:
        texts.append(p + q)
long = "abcdefghijklmnopqrstuvwxyz0123456789"
for n in range(18, 27):
    texts.append(long[:n])
    texts.append(("é" * n)[:n])
    texts.append(str(10 ** n))
d = {}
for t in texts:
    built = "".join(list(t))          # char by char: another representation
    sliced = (t + "#")[:-1] if t else t
    assert built == t == sliced and hash(built) == hash(t) == hash(sliced), t
    d[t] = len(t)
print(len(d), sum(d.values()))
for t in texts[-27:]:
    print(len(t), len(t.encode()), t[-3:], t[::7], t.upper()[:4], t.find(t[-2:]), t.startswith(t[:5]))
s = ""
for i in range(40):
    s += "é" if i % 3 else "ab"
    if i % 8 == 0:
        print(len(s), s[-4:], s.count("é"))
print(sorted(set(texts))[-3:], min(texts), max(texts))
