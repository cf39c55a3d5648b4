# basic with statements and the as target
log = []

class CM:
    def __init__(self, name, result=None):
        self.name = name
        self.result = result

    def __enter__(self):
        log.append("enter " + self.name)
        print("  enter", self.name)
        return self if self.result is None else self.result

    def __exit__(self, exc_type, exc, tb):
        log.append("exit " + self.name)
        print("  exit", self.name, exc_type, exc, tb is None)
        return False

with CM("a") as x:
    print("body, x is the manager:", x.name)
print("after a")

with CM("b", result=42) as y:
    print("body, y =", y)
print("y still bound after with:", y)

with CM("c"):
    print("body without as")

with CM("d", result=(1, 2)) as (p, q):
    print("unpacked", p, q)

with CM("e", result=[10, 20, 30]) as [first, *rest]:
    print("star unpacked", first, rest)

d = {}
with CM("f", result="stored") as d["key"]:
    print("subscript target", d)

class Holder:
    pass

h = Holder()
with CM("g", result=3.5) as h.attr:
    print("attribute target", h.attr)

# the manager expression is evaluated once
count = [0]
def make():
    count[0] += 1
    return CM("made%d" % count[0])

for i in range(3):
    with make() as m:
        print("iteration", i, m.name)

print(log)

# __enter__ and __exit__ are looked up on the type
class TypeLookup:
    def __enter__(self):
        return "from type"
    def __exit__(self, *args):
        print("  type exit, args:", args)

t = TypeLookup()
t.__enter__ = lambda: "from instance"
with t as v:
    print(v)

# with statement in a function, variable scope
def f():
    with CM("in-func", result="local") as loc:
        pass
    return loc

print(f())
