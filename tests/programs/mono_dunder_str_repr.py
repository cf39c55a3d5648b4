# patching __str__ / __repr__ on a class after instances exist
class Item:
    def __init__(self, name):
        self.name = name

a = Item("apple")
b = Item("banana")
print(type(str(a)).__name__, str(a).startswith("<__main__.Item object at"))

Item.__repr__ = lambda self: "Item(%r)" % self.name
print(repr(a), str(b), [a, b], (a,), {"k": a})
print("%s and %r" % (a, b))
print(f"{a} {b!r} {a!s}")
print(format(a), "{}".format(b))

Item.__str__ = lambda self: self.name.upper()
print(repr(a), str(a), [a, b], f"{a}|{a!r}")
print(a, b)
print("%s / %r" % (a, a))

del Item.__str__
print(str(a), a)

def fancy_repr(self):
    return "<<" + self.name + ">>"
Item.__repr__ = fancy_repr
print(a, [b])

# in a hot loop
outs = []
for i in range(300):
    if i == 100:
        Item.__str__ = lambda self: "S" + self.name[0]
    if i == 200:
        del Item.__str__
    outs.append(str(a))
print(outs[99], outs[100], outs[199], outs[200])

# subclass picks up patches of the base
class Fruit(Item):
    pass
f = Fruit("fig")
print(f, repr(f))
Item.__repr__ = lambda self: "base-repr"
print(f, [f])
Fruit.__repr__ = lambda self: "fruit-repr"
print(f, a)

# instance attribute named __str__ is ignored by str()
a.__str__ = lambda: "instance str"
print(str(a), a.__str__())

# __format__ patched
Item.__format__ = lambda self, spec: "fmt[%s]" % spec
print(f"{a:>10}", format(a, "x"), "{:abc}".format(a))

# a __str__ returning a non-string
Item.__str__ = lambda self: 42
try:
    str(a)
except TypeError as e:
    print("TypeError:", e)
