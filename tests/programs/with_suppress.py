# exceptions suppressed when __exit__ returns a true value
class Suppress:
    def __init__(self, ret, *types):
        self.ret = ret
        self.types = types

    def __enter__(self):
        return self

    def __exit__(self, et, ev, tb):
        if et is None:
            print("  clean exit, args are", et, ev, tb)
            return self.ret
        print("  exit with", et.__name__, repr(ev))
        print("  type(ev) is et:", type(ev) is et, isinstance(ev, et))
        if self.types and not issubclass(et, self.types):
            return False
        return self.ret

for ret in [True, 1, "yes", [0], False, None, 0, "", []]:
    try:
        with Suppress(ret):
            raise ValueError("v%r" % (ret,))
        print("suppressed with", repr(ret))
    except ValueError as e:
        print("propagated with", repr(ret), "->", e)

with Suppress(True, KeyError):
    raise KeyError("key")
print("KeyError suppressed")

try:
    with Suppress(True, KeyError):
        raise IndexError("idx")
except IndexError as e:
    print("IndexError propagated:", e)

with Suppress(True, LookupError):
    {}["missing"]
print("subclass suppressed")

# clean exit return value is ignored
with Suppress(False):
    print("nothing raised")
print("after clean")

# exception value identity
saved = []
class Capture:
    def __enter__(self):
        return None
    def __exit__(self, et, ev, tb):
        saved.append(ev)
        return True

err = ZeroDivisionError("mine")
with Capture():
    raise err
print(saved[0] is err, saved)

with Capture():
    1 / 0
print(type(saved[1]).__name__, saved[1])

with Capture():
    raise TypeError
print(type(saved[2]).__name__, saved[2].args)

# code after the raise inside the block is skipped
def f():
    out = []
    with Capture():
        out.append(1)
        raise ValueError
        out.append(2)
    out.append(3)
    return out

print(f())

# suppression inside a loop
hits = 0
for i in range(10):
    with Capture():
        if i % 3 == 0:
            raise ValueError(i)
        hits += 1
print("hits", hits, len(saved))
