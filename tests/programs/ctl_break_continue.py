# break and continue in various loop shapes.
out = []
for i in range(20):
    if i % 3 == 0:
        continue
    if i > 14:
        break
    out.append(i)
print(out)
words = ["alpha", "", "beta", "STOP", "gamma"]
for w in words:
    if not w:
        print("skip empty")
        continue
    if w == "STOP":
        print("stopping")
        break
    print("word", w)
n = 0
hits = []
while n < 50:
    n += 1
    if n % 2 == 0:
        continue
    if n % 7 == 0:
        hits.append(n)
    if len(hits) == 3:
        break
print(hits, n)
for i in range(3):
    for j in range(5):
        if j == 2:
            continue
        if j == 4:
            break
        print(i, j, end=" | ")
print()
found = None
for a in range(1, 30):
    for b in range(a, 30):
        c2 = a * a + b * b
        c = int(c2 ** 0.5)
        if c * c == c2 and a + b + c == 24:
            found = (a, b, c)
            break
    if found:
        break
print("triple", found)
