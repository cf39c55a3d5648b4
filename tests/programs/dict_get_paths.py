# dict.get through every path: keys compared without Python code (small ints, strs,
# equal strs that are different objects), numbers equal across types, keys whose
# __eq__ runs, unhashable keys, defaults, subclasses, and methods called in a loop
# (so compiled code takes its shortcuts).
class Key:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return hash(self.v)
    def __eq__(self, other):
        print("eq", self.v, type(other).__name__)
        return self.v == other


class MyDict(dict):
    pass


def run():
    d = {"alpha": 1, 2: "two", 3.5: "float", (1, 2): "tuple", None: "none"}
    out = []
    for i in range(3):
        s = "".join(["al", "pha"])
        out.append((d.get("alpha"), d.get(s), d.get("beta"), d.get("beta", i)))
        out.append((d.get(2), d.get(2.0), d.get(True), d.get(3.5), d.get((1, 2)), d.get(None)))
    print(out[0], out[1], out[-1])
    k = {Key(5): "five", 5: "int five"}
    print(k.get(5), k.get(Key(5)), k.get(6, "none"))
    try:
        d.get([1])
    except TypeError as e:
        print("TypeError", e)
    m = MyDict(a=1)
    print(m.get("a"), m.get("b", 0), dict.get(m, "a"))
    try:
        d.get()
    except TypeError as e:
        print("TypeError", e)
    g = d.get
    print(g("alpha"), g(2, "x"))


run()
