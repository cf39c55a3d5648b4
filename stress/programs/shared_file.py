# Threads write to one file object at once: no line is lost or torn. Then threads read
# through one shared file object at once: no crash (like CPython, which line goes to
# which reader is not defined, so only the total is checked loosely).
import threading

T, N = 4, 3000
path = "/tmp/kiln_stress_shared_file_%d.txt" % id(object())
f = open(path, "w")

def writer(t):
    for j in range(N):
        f.write("t%d line %d\n" % (t, j))

ts = [threading.Thread(target=writer, args=(t,)) for t in range(T)]
for t in ts:
    t.start()
for t in ts:
    t.join()
f.close()

counts = [0] * T
bad = []
with open(path) as r:
    for line in r:
        parts = line.split()
        if len(parts) != 3 or not line.endswith("\n"):
            bad.append(line)
        else:
            counts[int(parts[0][1:])] += 1

shared = open(path)
got = []

def reader():
    n = 0
    for line in shared:
        n += 1
    got.append(n)

rs = [threading.Thread(target=reader) for _ in range(T)]
for t in rs:
    t.start()
for t in rs:
    t.join()
shared.close()
open(path, "w").close()
if bad or counts != [N] * T or sum(got) > T * N:
    print("FAIL", counts, bad[:3], got)
else:
    print("OK")
