# Several threads pull from the same generators at once: every value is produced exactly
# once, concurrent resumption raises "generator already executing" (never a crash), and
# shared list iterators never crash.
import threading

N = 20000
errors = []
seen = []
lock = threading.Lock()

def counter(n):
    for i in range(n):
        yield i

def worker(gen, out):
    while True:
        try:
            v = next(gen)
        except StopIteration:
            return
        except ValueError as e:
            if "already executing" not in str(e):
                errors.append(repr(e))
            continue
        out.append(v)

total = 0
for rnd in range(6):
    gen = counter(N)
    outs = [[] for _ in range(4)]
    ts = [threading.Thread(target=worker, args=(gen, o)) for o in outs]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    got = sorted(v for o in outs for v in o)
    if got != list(range(N)):
        errors.append("round %d: %d values, %d distinct" % (rnd, len(got), len(set(got))))
    total += len(got)

# A list iterator shared by threads: no crash, and no value beyond the list.
data = list(range(50000))
it = iter(data)
bad = []
def drain():
    for v in it:
        if v < 0 or v >= 50000:
            bad.append(v)
ts = [threading.Thread(target=drain) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
if bad or errors:
    print("FAIL", errors[:5], bad[:5])
elif total != 6 * N:
    print("FAIL total", total)
else:
    print("OK")
