# with statements executed many times in hot loops
class Counter:
    def __init__(self):
        self.enters = 0
        self.exits = 0
        self.suppressed = 0
        self.depth = 0
    def __enter__(self):
        self.enters += 1
        self.depth += 1
        return self.depth
    def __exit__(self, et, ev, tb):
        self.exits += 1
        self.depth -= 1
        if et is ZeroDivisionError:
            self.suppressed += 1
            return True
        return False

c = Counter()
total = 0
for i in range(1000):
    with c as d:
        total += d
        if i % 7 == 0:
            1 / 0
        total += i
print(total, c.enters, c.exits, c.suppressed, c.depth)

def work(n):
    acc = 0
    for i in range(n):
        with c:
            with c as inner:
                acc += inner
                if i % 5 == 0:
                    continue
                acc += 1
    return acc

print(work(500), c.enters, c.exits, c.depth)

# different manager classes at the same with site
class A:
    def __enter__(self):
        return "A"
    def __exit__(self, *a):
        return False

class B:
    def __enter__(self):
        return "B"
    def __exit__(self, *a):
        return True

class Cls:
    def __enter__(self):
        return 3
    def __exit__(self, et, ev, tb):
        return et is KeyError

def run_with(m):
    with m as v:
        if v == "B":
            raise ValueError
        if v == 3:
            raise KeyError
    return v

results = {}
for i in range(600):
    m = [A(), B(), Cls()][i % 3]
    r = run_with(m)
    results[r] = results.get(r, 0) + 1
print(sorted(results.items(), key=str))

# methods patched during the loop
class Flip:
    def __enter__(self):
        return 0
    def __exit__(self, *a):
        return False

tally = []
for i in range(300):
    if i == 150:
        Flip.__enter__ = lambda self: 1
    with Flip() as v:
        tally.append(v)
print(sum(tally), len(tally))
