# Calls of builtin classes from compiled code (the Call template's builtin-class path):
# results, exceptions with their traceback line, Python code run by the constructor
# (iterating a generator, __index__, __iter__) and collections during it.
import gc


def gen(n):
    for i in range(n):
        yield i * i


class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


class Seq:
    def __iter__(self):
        gc.collect()
        return iter([3, 1, 2])


def build(i):
    r = range(i, i + 5)
    t = tuple(gen(i % 4))
    l = list(Seq())
    s = set(l)
    d = dict(a=i) if i % 2 else dict([("b", i)])
    f = frozenset(t)
    return (list(r), t, l, sorted(s), d, sorted(f), int(i * 2.5), float(i),
            str(i), bool(i), range(Idx(i))[-1:], len(bytes(3)), slice(1, i).stop,
            list(enumerate("ab")), list(zip(t, l)), list(reversed(l)))


def bad(v):
    return int(v)


def main():
    out = []
    for i in range(1, 40):
        out.append(build(i))
    print(out[0])
    print(out[-1])
    print(len(out))
    for v in ["12", "x1", 3.9, None]:
        try:
            print(bad(v))
        except (ValueError, TypeError) as e:
            print(type(e).__name__, e)
    # A subclass of a builtin is a heap class: the generic path.
    class MyList(list):
        pass
    print(MyList(range(3)), type(MyList()).__name__)
    print(tuple(x for x in range(3)), list(map(str, range(3))))
    bad("not a number")


main()
