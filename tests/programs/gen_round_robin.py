# a round-robin scheduler built from generators
def task(name, n):
    for i in range(n):
        print("  %s step %d" % (name, i))
        yield
    return name.upper()

def scheduler(tasks):
    queue = list(tasks)
    results = []
    ticks = 0
    while queue:
        t = queue.pop(0)
        try:
            next(t)
            queue.append(t)
        except StopIteration as e:
            results.append(e.value)
        ticks += 1
    return results, ticks

print(scheduler([task("a", 2), task("b", 3), task("c", 1)]))

def producer(n):
    for i in range(n):
        yield ("item", i)

def interleave(*gens):
    gens = list(gens)
    while gens:
        still = []
        for g in gens:
            try:
                yield next(g)
                still.append(g)
            except StopIteration:
                pass
        gens = still

print(list(interleave(iter("ABC"), iter("12345"), iter("xy"))))

def ping_pong():
    ball = 0
    def player(name):
        nonlocal ball
        while ball < 6:
            ball += 1
            yield "%s hits %d" % (name, ball)
    ps = [player("ping"), player("pong")]
    i = 0
    while True:
        try:
            print(next(ps[i % 2]))
        except StopIteration:
            print("game over at", ball)
            break
        i += 1

ping_pong()

# a tiny channel-based system using send
def consumer(name):
    total = 0
    while True:
        item = yield
        if item is None:
            return (name, total)
        total += item
        print("  %s got %d (total %d)" % (name, item, total))

cs = [consumer("c1"), consumer("c2")]
for c in cs:
    next(c)
for i in range(6):
    cs[i % 2].send(i * 10)
for c in cs:
    try:
        c.send(None)
    except StopIteration as e:
        print("result", e.value)
