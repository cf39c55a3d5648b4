# `for a, b in ...` over enumerate, zip and dict items (the pair fast path of
# compiled loops) and over everything else that yields pairs.
def gen(n):
    for i in range(n):
        yield i * 10

def run():
    out = []
    for i, x in enumerate([5, 6, 7]):
        out.append((i, x))
    for i, x in enumerate((1.5, "s"), 10):
        out.append((i, x))
    for i, x in enumerate(range(3, 9, 2), start=-2):
        out.append((i, x))
    for i, x in enumerate(gen(3)):
        out.append((i, x))
    for i, x in enumerate("ab", 2**47 - 1):
        out.append((i, x))
    for i, x in enumerate([], 5):
        out.append("never")
    for a, b in zip([1, 2, 3], "xy"):
        out.append((a, b))
    for a, b in zip(range(2), [9, 8, 7]):
        out.append((a, b))
    for a, b in zip(gen(2), (4, 5, 6)):
        out.append((a, b))
    for a, b in zip([1, 2], gen(5)):
        out.append((a, b))
    d = {"k": 1, "j": 2, 3: None}
    for k, v in d.items():
        out.append((k, v))
    del d["j"]
    d["z"] = 26
    for k, v in d.items():
        out.append((k, v))
    for a, b in [(1, 2), [3, 4], "xy"]:
        out.append((a, b))
    for a, b in {(1, 2): 0}:
        out.append((a, b))
    total = 0
    for i, x in enumerate(range(100000)):
        total += i * x
    out.append(total)
    it = zip([1, 2, 3], [4])
    for a, b in it:
        out.append((a, b))
    out.append(list(it))
    e = enumerate([1, 2, 3])
    for i, x in e:
        if i == 1:
            break
    out.append(list(e))
    return out

print(run())
print(run() == run())

def mutate():
    d = {1: 1, 2: 2}
    try:
        for k, v in d.items():
            d[k + 10] = v
    except RuntimeError as e:
        print("RuntimeError:", e)
    l = [1, 2, 3]
    for i, x in enumerate(l):
        if i == 0:
            l.append(4)
        if i > 5:
            break
    print(l)

mutate()
mutate()

def bad():
    for a, b in enumerate([1, 2]):
        pass
    for a, b in [(1, 2, 3)]:
        pass

bad()
