# instance.name where name is a property: sites plan the getter per class version
# (every tier). Each case must still follow CPython's attribute lookup.

class Point:
    def __init__(self, x, y):
        self._x = x
        self._y = y

    @property
    def x(self):
        return self._x

    @property
    def norm1(self):
        return abs(self._x) + abs(self._y)

class Point3(Point):
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

    @property
    def norm1(self):                      # overrides the base's property
        return super().norm1 + abs(self.z)

class Plain:
    def __init__(self):
        self.x = 100
        self.norm1 = 7

def total(objs):
    t = 0
    for o in objs:
        t += o.x + o.norm1
    return t

class Shadowed:
    @property
    def v(self):
        return "property"

class Lenient:
    @property
    def v(self):
        raise AttributeError("no v here")

    def __getattr__(self, name):
        return "getattr:" + name

class Odd:
    v = property(lambda self, extra=5: extra)      # a default the call fills
    w = property(lambda self, need: need)          # one parameter too many
    n = property(len)                              # not a Python function
    none = property(None)

    def __len__(self):
        return 3

def read(o, name):
    try:
        return getattr(o, name) if name != "v" else o.v
    except (AttributeError, TypeError) as e:
        return type(e).__name__ + ": " + str(e)

def main():
    pts = [Point(i, -i) for i in range(10)] + [Point3(1, 2, 3)] * 5 + [Plain()] * 3
    for _ in range(40):
        r = total(pts)
    print(r)

    # the instance's own attribute never hides a property (a data descriptor)
    s = Shadowed()
    s.__dict__["v"] = "instance"
    print([read(s, "v") for _ in range(3)])

    # a getter's AttributeError goes to __getattr__
    print([Lenient().v for _ in range(3)])

    o = Odd()
    for _ in range(3):
        print(o.v, read(o, "w"), o.n, read(o, "none"))

    # class mutation after the plan: a new getter, then a plain class attribute
    def vv(self):
        return "new getter"
    for round in range(3):
        print(read(s, "v"))
        if round == 0:
            Shadowed.v = property(vv)
        else:
            Shadowed.v = "class attribute"

    # the getter raises: the traceback runs through the site
    class Broken:
        @property
        def bad(self):
            return 1 / 0
    b = Broken()
    for i in range(3):
        try:
            b.bad
        except ZeroDivisionError as e:
            print("ZeroDivisionError", e)
    b.bad

main()
