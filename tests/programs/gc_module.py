# The gc module: collections forced from Python code, with live values on operand
# stacks, in generators, in nested calls and comprehensions; cycles freed.
import gc

class Node:
    def __init__(self, v):
        self.v = v
        self.other = None

def cycle(n):
    a, b = Node(n), Node(-n)
    a.other, b.other = b, a
    return a

def collect_returns_int():
    return isinstance(gc.collect(), int) and gc.collect(0) >= 0

# Values below the call on the operand stack survive.
xs = [cycle(1), gc.collect() * 0, cycle(2), [gc.collect() for _ in range(3)] and 0, cycle(3)]
print([x.v if isinstance(x, Node) else x for x in xs], xs[0].other.other is xs[0])

def gen(n):
    keep = [cycle(i) for i in range(n)]
    for i in range(n):
        gc.collect()
        yield keep[i].other.v

print(list(gen(5)))

def deep(n):
    if n == 0:
        return gc.collect() >= 0
    local = cycle(n)
    r = deep(n - 1)
    return r and local.other.other is local

print(deep(30))

# Garbage cycles go away; the count is at least the cycle's size.
junk = [cycle(i) for i in range(1000)]
del junk
print(gc.collect() >= 2000)
print(collect_returns_int())
print(gc.isenabled(), gc.get_threshold(), gc.get_count() is not None)
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
gc.set_threshold(500)
for bad in ((5,), ("x",), (1, 2)):
    try:
        gc.collect(*bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
