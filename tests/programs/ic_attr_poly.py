# one attribute-load site: monomorphic -> polymorphic -> megamorphic -> monomorphic
class A:
    def __init__(self): self.x = 1
class B:
    def __init__(self): self.x = 2.5
class C:
    def __init__(self): self.x = "c"
class D:
    def __init__(self):
        self.pad = 0
        self.x = [4]
class E:
    x = "class-level E"
class F:
    __slots__ = ("x",)
    def __init__(self): self.x = (6,)
class G:
    def __init__(self):
        self.a = self.b = self.c = 0
        self.x = None
class H(A):
    pass

def load_x(o):
    return o.x   # the site

def run(objs, n):
    counts = {}
    last = None
    for i in range(n):
        v = load_x(objs[i % len(objs)])
        key = type(v).__name__
        counts[key] = counts.get(key, 0) + 1
        last = v
    return sorted(counts.items()), last

print("mono", run([A()], 300))
print("poly2", run([A(), B()], 300))
print("poly4", run([A(), B(), C(), D()], 400))
print("mega", run([A(), B(), C(), D(), E(), F(), G(), H()], 800))
print("mono again", run([A()], 300))
print("mono other", run([G()], 300))
print("mega again", run([H(), G(), F(), E(), D(), C(), B(), A()], 800))

# missing attribute at a warmed site
class NoX:
    pass

objs = [A(), B(), NoX(), C()]
errors = 0
total_len = 0
for i in range(400):
    try:
        v = load_x(objs[i % 4])
        total_len += len(str(v))
    except AttributeError as e:
        errors += 1
        msg = str(e)
print(errors, total_len, msg)

# the same class but the value changes type over time
a = A()
seen = []
for i in range(300):
    if i == 100:
        a.x = "now a string"
    if i == 200:
        a.x = 3.25
    v = load_x(a)
    if i % 50 == 0:
        seen.append(v)
print(seen)

# module objects and builtins at the same site
import math
class M:
    x = math
vals = []
for i in range(300):
    o = [A(), M, M(), B()][i % 4]
    vals.append(type(load_x(o)).__name__)
print(vals[:8], len(vals))
