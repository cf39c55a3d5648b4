# `global x; x = ...` caches the globals entry at the site (both tiers); every way
# the entry can move or vanish must be seen: deletion, re-creation, other globals
# added (the dict grows), a function run with another globals dict, threads.
import threading

COUNT = 0


def bump(n):
    global COUNT
    for i in range(n):
        COUNT += 1
    return COUNT


print(bump(100))
del COUNT
try:
    bump(1)
except NameError as e:
    print("NameError", e)


def set_count(v):
    global COUNT
    COUNT = v


set_count(5)
print(bump(10))
# Many new globals: the dict resizes, entries move.
for i in range(200):
    globals()["g%d" % i] = i
print(bump(10), g199)
set_count(-1)
print(COUNT, bump(1))

# One code object run with two globals dicts: the function defined by the same
# compiled source in two namespaces shares its code (and the site's cache).
src = compile("def f(n):\n    global X\n    for i in range(n):\n        X += 1\n    return X\n", "m", "exec")
g1 = {"X": 0}
g2 = {"X": 1000, "pad1": 1, "pad2": 2}
exec(src, g1)
exec(src, g2)
print(g1["f"].__code__ is g2["f"].__code__)
print(g1["f"](40), g2["f"](5), g1["f"](1), g2["f"](1), g1["X"], g2["X"])


# A global bound only by a store in a loop, read back by another function.
def store_many(n):
    global LAST
    for i in range(n):
        LAST = i


def read_last():
    return LAST


store_many(50)
print(read_last())

# Threads: the stores stay exact under a lock.
lock = threading.Lock()
TOTAL = 0


def add(n):
    global TOTAL
    for i in range(n):
        with lock:
            TOTAL += 1


ts = [threading.Thread(target=add, args=(2000,)) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(TOTAL)
print(bump(3))
