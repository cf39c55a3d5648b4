# return / break / continue inside with call __exit__
log = []

class CM:
    def __init__(self, tag):
        self.tag = tag
    def __enter__(self):
        log.append("enter %s" % self.tag)
        return self.tag
    def __exit__(self, et, ev, tb):
        log.append("exit %s %s" % (self.tag, et))
        return False

def ret_inside():
    with CM("r") as t:
        log.append("about to return")
        return "returned " + t
    log.append("unreachable")

print(ret_inside())
print(log)
log.clear()

def ret_in_loop():
    for i in range(5):
        with CM(i):
            if i == 2:
                return i
    return None

print(ret_in_loop(), log)
log.clear()

for i in range(5):
    with CM(i):
        if i % 2:
            continue
        if i == 4:
            break
        log.append("body %d" % i)
print(log)
log.clear()

i = 0
while True:
    with CM("w%d" % i):
        i += 1
        if i < 3:
            continue
        break
print(log)
log.clear()

# return value is computed before __exit__ runs
class Mutating:
    def __init__(self, lst):
        self.lst = lst
    def __enter__(self):
        return self.lst
    def __exit__(self, *a):
        self.lst.append("exit")

def f():
    data = []
    with Mutating(data) as d:
        d.append("body")
        return list(d)

print(f())

def g():
    data = []
    with Mutating(data) as d:
        return d

print(g())

# suppressing __exit__ overrides nothing on return
class Suppress:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        log.append("suppress exit %s" % (a[0],))
        return True

def h(x):
    with Suppress():
        if x:
            return "early"
        raise ValueError
    return "after suppressed raise"

print(h(1), h(0), log)
log.clear()

# break out of nested loops with managers
for a in range(3):
    with CM("outer%d" % a):
        for b in range(3):
            with CM("inner%d%d" % (a, b)):
                if b == 1:
                    break
        if a == 1:
            break
print(log)
log.clear()

def loop_return():
    total = 0
    for i in range(300):
        with CM(i):
            total += i
            if total > 1000:
                return total, i
    return total

print(loop_return(), len(log))
