# a contextmanager-like decorator built from a class and a generator
class GenCM:
    def __init__(self, gen):
        self.gen = gen

    def __enter__(self):
        return next(self.gen)

    def __exit__(self, et, ev, tb):
        if et is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            raise RuntimeError("generator didn't stop")
        try:
            self.gen.throw(ev)
        except StopIteration:
            return True
        except BaseException as e:
            if e is ev:
                return False
            raise
        raise RuntimeError("generator didn't stop after throw")

def contextmanager(func):
    def helper(*args, **kwargs):
        return GenCM(func(*args, **kwargs))
    return helper

@contextmanager
def tag(name):
    print("<%s>" % name)
    try:
        yield name.upper()
    finally:
        print("</%s>" % name)

with tag("html") as t:
    print("  got", t)
    with tag("body"):
        print("  content")

@contextmanager
def suppressing(*types):
    try:
        yield
    except types as e:
        print("  suppressed", type(e).__name__, e)

with suppressing(KeyError, IndexError):
    [][1]
print("after suppress")

try:
    with suppressing(KeyError):
        raise ValueError("passes through")
except ValueError as e:
    print("ValueError:", e)

@contextmanager
def transaction(store):
    snapshot = dict(store)
    try:
        yield store
    except Exception:
        store.clear()
        store.update(snapshot)
        print("  rolled back")
        raise
    else:
        print("  committed")

db = {"a": 1}
with transaction(db) as s:
    s["b"] = 2
print(db)
try:
    with transaction(db) as s:
        s["c"] = 3
        s["a"] = 100
        raise RuntimeError("fail")
except RuntimeError:
    pass
print(db)

@contextmanager
def counted():
    counted.n = getattr(counted, "n", 0) + 1
    yield counted.n

for _ in range(3):
    with counted() as n:
        print("count", n)
