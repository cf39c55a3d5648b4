# nested with statements
depth = [0]

class Level:
    def __init__(self, name, suppress=()):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        depth[0] += 1
        print("  " * depth[0] + "enter " + self.name)
        return depth[0]

    def __exit__(self, et, ev, tb):
        print("  " * depth[0] + "exit %s %s" % (self.name, et.__name__ if et else "-"))
        depth[0] -= 1
        return et is not None and issubclass(et, self.suppress)

with Level("one") as d1:
    with Level("two") as d2:
        with Level("three") as d3:
            print("depths", d1, d2, d3)

with Level("outer", suppress=(ValueError,)):
    with Level("middle", suppress=(KeyError,)):
        with Level("inner"):
            raise ValueError("deep")
        print("not printed")
    print("not printed either")
print("after nested suppression, depth", depth[0])

with Level("outer", suppress=(ValueError,)):
    with Level("middle", suppress=(KeyError,)):
        with Level("inner"):
            raise KeyError("deep")
    print("middle suppressed KeyError, continuing in outer")
print("depth", depth[0])

try:
    with Level("x"):
        with Level("y"):
            raise TypeError("uncaught")
except TypeError as e:
    print("TypeError escaped:", e, "depth", depth[0])

def recurse(n):
    if n == 0:
        return "bottom"
    with Level("r%d" % n):
        return recurse(n - 1)

print(recurse(4), depth[0])

# with inside except inside with
with Level("A"):
    try:
        raise IndexError("i")
    except IndexError:
        with Level("B"):
            print("handling inside B")
print("done", depth[0])
