# Sets shared by 4 threads: concurrent add (distinct and overlapping), discard/remove,
# update, pop, in-place operators and lookups; the final contents are exact.
import threading

N = 4
ITER = 1500


def run(target, args_list):
    ts = [threading.Thread(target=target, args=a) for a in args_list]
    for t in ts:
        t.start()
    for t in ts:
        t.join()


# distinct adds: ints, strs and tuples
s = set()


def add_distinct(k):
    for i in range(ITER):
        s.add((k, i) if i % 3 == 0 else ("s%d_%d" % (k, i) if i % 3 == 1 else k * 100000 + i))


run(add_distinct, [(k,) for k in range(N)])
print("distinct:", len(s), len(s) == N * ITER)
print("all there:", all(((k, i) if i % 3 == 0 else ("s%d_%d" % (k, i) if i % 3 == 1 else k * 100000 + i)) in s
                        for k in range(N) for i in range(ITER)))

# overlapping adds: every thread adds the same items
o = set()


def add_same(k):
    for i in range(ITER):
        o.add(i)
        o.add(str(i))


run(add_same, [(k,) for k in range(N)])
print("overlap:", len(o), o == set(range(ITER)) | {str(i) for i in range(ITER)})

# each thread removes its own quarter
r = set(range(N * ITER))


def remove_mine(k):
    for i in range(k, N * ITER, N):
        if i % 2:
            r.remove(i)
        else:
            r.discard(i)
        r.discard(-1)


run(remove_mine, [(k,) for k in range(N)])
print("removed:", len(r), r == set())

# half removed, dummies reused by later adds
h = set(range(2000))


def churn(k):
    for i in range(k, 2000, N):
        if i % 2:
            h.discard(i)
    for i in range(k, 500, N):
        h.add(("new", i))


run(churn, [(k,) for k in range(N)])
print("churn:", len(h), h == set(range(0, 2000, 2)) | {("new", i) for i in range(500)})

# update() and |= from several threads
u = set()


def upd(k):
    u.update(range(k * 100, k * 100 + 300))
    u.update({"u%d" % k, "common"})
    u.update(["l%d" % (k * 10 + j) for j in range(10)])


run(upd, [(k,) for k in range(N)])
print("update:", len(u), sorted(x for x in u if isinstance(x, int)) == list(range(0, (N - 1) * 100 + 300)))

lock = threading.Lock()
acc = set()


def ior(k):
    global acc
    for i in range(50):
        with lock:
            acc |= {k * 1000 + i}
            acc -= {-1}


run(ior, [(k,) for k in range(N)])
print("ior:", len(acc), acc == {k * 1000 + i for k in range(N) for i in range(50)})

# pop() from several threads: every item popped exactly once
p = set(range(3000))
popped = [[] for _ in range(N)]


def popper(k):
    while True:
        try:
            popped[k].append(p.pop())
        except KeyError:
            return


run(popper, [(k,) for k in range(N)])
allp = sorted(x for lst in popped for x in lst)
print("pop:", len(allp), allp == list(range(3000)), len(p))


# objects with Python __eq__/__hash__ (compared outside the table's probe)
class K:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return isinstance(other, K) and self.v == other.v

    def __hash__(self):
        return self.v % 13

    def __repr__(self):
        return "K(%d)" % self.v


ks = set()


def add_k(k):
    for i in range(300):
        ks.add(K(i))
        ks.add(K(1000 + k * 300 + i))


run(add_k, [(k,) for k in range(N)])
print("K:", len(ks), K(5) in ks, K(999) in ks, sorted(x.v for x in ks)[:5])

# readers while writers add: membership of items present from the start never fails
base = set(range(100))
stable = frozenset(range(100))
seen_missing = []


def reader():
    for _ in range(200):
        for i in range(0, 100, 7):
            if i not in base:
                seen_missing.append(i)
        _ = stable & base
        _ = len(base)


def grower(k):
    for i in range(2000):
        base.add(10000 * (k + 1) + i)


ts = [threading.Thread(target=reader) for _ in range(2)]
ts += [threading.Thread(target=grower, args=(k,)) for k in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("readers:", seen_missing, len(base), stable <= base)

# set algebra on shared sets from several threads (results are new sets)
a = set(range(0, 600, 2))
b = set(range(0, 600, 3))
results = [None] * N


def algebra(k):
    results[k] = (len(a & b), len(a | b), len(a - b), len(a ^ b), a.isdisjoint({-1}), (a & b) <= a)


run(algebra, [(k,) for k in range(N)])
print("algebra:", results[0], all(x == results[0] for x in results))
print(sorted(a & b)[:8], sorted(a ^ b)[:8])
