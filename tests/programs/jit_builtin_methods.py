# LoadMethod on plain lists and strs hits the site's cache in machine code; a list
# subclass overriding the method, a dict, an instance with a same-named attribute and
# a str at the same polymorphic site must each get their own method.

class MyList(list):
    def append(self, x):
        list.append(self, ("mine", x))

class Thing:
    def __init__(self):
        self.out = []
    def append(self, x):
        self.out.append(-x)

def add(seq, x):
    seq.append(x)
    return seq

class Plain(list):
    pass

class Watched(list):
    def __getattribute__(self, name):
        if name == "append":
            return lambda x: list.append(self, ("watched", x))
        return list.__getattribute__(self, name)

def subclasses():
    p, w, d = Plain(), Watched(), Plain()
    for i in range(200):
        add(p, i)
        add(w, i)
        if i == 100:
            d.append = lambda x: list.insert(d, 0, ("own", x))
        add(d, i)
    print(len(p), p[-1], w[:2], d[:2], d[-1])

def strip_all(xs):
    return [x.strip().upper() for x in xs]

def count(seq, x):
    return seq.count(x)

def run():
    a, m, t = [], MyList(), Thing()
    for i in range(300):
        add(a, i)
        if i % 3 == 0:
            add(m, i)
        if i % 5 == 0:
            add(t, i)
    print(len(a), a[:5], m[:3], t.out[:3])
    print(strip_all([" a ", "b  ", "  c"] * 2))
    tot = 0
    for i in range(300):
        tot += count([1, 2, 1, 3], 1) + count("banana", "a") + count((1, 1, 2), 1)
    print(tot)
    try:
        add("str", 1)
    except AttributeError as e:
        print("AttributeError:", e)
    try:
        add(5, 1)
    except AttributeError as e:
        print("AttributeError:", e)

run()
subclasses()
