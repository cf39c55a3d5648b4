# generators capturing closures and enclosing state
def make_counter_gen(step):
    def gen(n):
        for i in range(n):
            yield i * step
    return gen

by3 = make_counter_gen(3)
by5 = make_counter_gen(5)
print(list(by3(4)), list(by5(4)))

def make_gens():
    gens = []
    for k in range(3):
        def g(k=k):
            yield k
            yield k * 10
        gens.append(g)
    return gens

print([list(g()) for g in make_gens()])

def late_binding():
    gens = []
    for k in range(3):
        def g():
            yield k
        gens.append(g)
    return gens

print([list(g()) for g in late_binding()])

def shared_state():
    state = {"count": 0}
    def gen():
        while state["count"] < 5:
            state["count"] += 1
            yield state["count"]
    return gen, state

gen, state = shared_state()
a = gen()
b = gen()
print(next(a), next(b), next(a), state)
print(list(b), state)
print(list(a))

def outer():
    x = 1
    def gen():
        nonlocal x
        while x < 50:
            x *= 2
            yield x
    g = gen()
    print("  first", next(g), "x now", x)
    x = 10
    print("  after rebinding", next(g), "x now", x)
    return list(g), x

print(outer())

# generator expression capturing a variable from enclosing scope
def gexp(m):
    return (i * m for i in range(4))

ga = gexp(2)
gb = gexp(7)
print(list(ga), list(gb))

# the first iterable of a genexp is evaluated immediately
src = [1, 2, 3]
ge = (x * 10 for x in src)
src = [100]
print(list(ge))

# but free variables of the body are looked up late
factor = 2
ge = (x * factor for x in range(3))
factor = 100
print(list(ge))

# closure over a loop variable of the generator itself
def closures_from_gen():
    for i in range(3):
        yield lambda: i

fs = list(closures_from_gen())
print([f() for f in fs])
fs = []
for f in closures_from_gen():
    fs.append(f())
print(fs)
