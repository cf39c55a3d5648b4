# Class and function attributes mutated from 4 threads: every write lands, caches
# (instance and class attribute lookups, special-method flags) agree with the final
# class dicts, and new subclasses see their base's attributes.
import threading

N = 4


def run(target, args_list):
    ts = [threading.Thread(target=target, args=a) for a in args_list]
    for t in ts:
        t.start()
    for t in ts:
        t.join()


class Base:
    def who(self):
        return "base"


class Mid(Base):
    pass


class Leaf(Mid):
    pass


obj = Leaf()


def set_attrs(k):
    for i in range(300):
        setattr(Base, "x%d" % k, i)
        setattr(Mid, "y%d_%d" % (k, i % 10), i)
        _ = obj.who(), getattr(obj, "x%d" % k)


run(set_attrs, [(k,) for k in range(N)])
print("base attrs:", [getattr(Base, "x%d" % k) for k in range(N)])
print("via leaf:", [getattr(obj, "x%d" % k) for k in range(N)], [getattr(Leaf, "x%d" % k) for k in range(N)])
print("mid attrs:", sorted(k for k in vars(Mid) if k.startswith("y")))


# methods replaced while other threads call them
def replace(k):
    for i in range(200):
        Base.who = (lambda self, k=k: "w%d" % k) if i % 2 else Base.__dict__["who"]
        _ = obj.who()


run(replace, [(k,) for k in range(N)])
Base.who = lambda self: "final"
print("method:", obj.who(), Leaf().who(), Mid().who())


# __getattr__ toggled by one thread while others read normal attributes
def toggle():
    for i in range(200):
        Base.__getattr__ = lambda self, name: "dyn:" + name
        del Base.__getattr__


def read(k):
    for i in range(500):
        _ = getattr(obj, "x%d" % k)


ts = [threading.Thread(target=toggle)] + [threading.Thread(target=read, args=(k,)) for k in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("no __getattr__:", hasattr(obj, "nope"), "__getattr__" in vars(Base))
Base.__getattr__ = lambda self, name: "dyn:" + name
print("with __getattr__:", obj.nope, Leaf().other)
del Base.__getattr__
print("deleted again:", hasattr(obj, "nope"))

# subclasses created while the base changes
made = []


def subclass(k):
    for i in range(50):
        X = type("X%d_%d" % (k, i), (Mid,), {"z": i})
        made.append((X, i))


def bump():
    for i in range(300):
        Base.counter = i


ts = [threading.Thread(target=subclass, args=(k,)) for k in range(N)] + [threading.Thread(target=bump)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("subclasses:", len(made), all(X.z == i and X().counter == 299 for X, i in made),
      len(Mid.__subclasses__()))


# function attributes from several threads, starting with an empty attribute dict
def f():
    return 0


def set_fattrs(k):
    for i in range(100):
        setattr(f, "a%d_%d" % (k, i), i)


run(set_fattrs, [(k,) for k in range(N)])
print("function attrs:", len(f.__dict__), all(getattr(f, "a%d_%d" % (k, i)) == i for k in range(N) for i in range(100)))


# exception instance attributes likewise
e = ValueError("x")


def set_eattrs(k):
    for i in range(50):
        setattr(e, "n%d_%d" % (k, i), i)


run(set_eattrs, [(k,) for k in range(N)])
print("exception attrs:", len(e.__dict__), e.n3_49)
