# Strings built by + share a growable buffer (s += t appends in place when s ends it);
# every str keeps its own value whatever is appended to the buffer later, on any thread.
s = "x" * 70
a = s + "A"
b = s + "B"
c = a + "C"
d = a + "D"
print(a[-3:], b[-3:], c[-3:], d[-3:], len(a), len(b), len(c), len(d), a == s + "A", c != d)
t = ""
parts = []
for i in range(3000):
    t += str(i) + "é"
    if i % 500 == 0:
        parts.append(t)
print(len(t), [len(p) for p in parts], parts[1][-10:], t[-12:], hash(t) == hash("".join(str(i) + "é" for i in range(3000))))
u = t
u += "!"
print(t[-2:], u[-2:], t is not u, len({t, u, t + ""}))
import threading
base = "y" * 100
out = []
def w(k):
    r = base
    for i in range(500):
        r += chr(65 + k)
    out.append(r)
ts = [threading.Thread(target=w, args=(k,)) for k in range(4)]
[x.start() for x in ts]
[x.join() for x in ts]
print(sorted(len(r) for r in out), sorted("".join(sorted(set(r[100:]))) for r in out), base == "y" * 100)
