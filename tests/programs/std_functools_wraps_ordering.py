import functools
def deco(f):
    @functools.wraps(f)
    def wrapper(*args, **kwargs):
        """wrapper doc"""
        return f(*args, **kwargs) * 2
    return wrapper
@deco
def compute(x):
    """Compute things."""
    return x + 1
print(compute(3), compute.__name__, compute.__doc__, compute.__wrapped__(3), compute.__qualname__, compute.__module__)
def plain(): pass
def w2(): pass
functools.update_wrapper(w2, plain)
print(w2.__name__, w2.__wrapped__ is plain)
@functools.total_ordering
class Version:
    def __init__(self, *parts):
        self.parts = parts
    def __eq__(self, other):
        return self.parts == other.parts
    def __lt__(self, other):
        return self.parts < other.parts
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))
a, b = Version(1, 2), Version(1, 10)
print(a < b, a <= b, a > b, a >= b, a == b, a != b, sorted([b, a, Version(0, 9)]), max(a, b))
@functools.total_ordering
class Rev:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __gt__(self, o): return self.v > o.v
print(Rev(1) < Rev(2), Rev(2) <= Rev(2), Rev(3) >= Rev(4))
def cmp(a, b):
    return (a > b) - (a < b)
print(sorted([5, 2, 9, 1], key=functools.cmp_to_key(cmp)), sorted(["bb", "a", "ccc"], key=functools.cmp_to_key(lambda x, y: len(y) - len(x))))
