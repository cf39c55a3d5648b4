# patching a base class method affects subclasses; overrides added and removed
class Base:
    def kind(self):
        return "base"
    def describe(self):
        return "I am " + self.kind()

class Mid(Base):
    pass

class Leaf(Mid):
    pass

objs = [Base(), Mid(), Leaf()]

def describe_all():
    return [o.describe() for o in objs]

def hot(n):
    r = None
    for i in range(n):
        r = objs[i % 3].kind()
    return r

print(describe_all(), hot(300))

Base.kind = lambda self: "patched base"
print(describe_all(), hot(300))

Mid.kind = lambda self: "mid override"
print(describe_all(), hot(300))

Leaf.kind = lambda self: "leaf override"
print(describe_all(), hot(300))

del Mid.kind
print(describe_all(), hot(300))

del Leaf.kind
print(describe_all(), hot(300))

# changing a base class attribute seen through an instance of a subclass
class Shape:
    sides = 0
    def count(self):
        return self.sides

class Tri(Shape):
    sides = 3

class Blob(Shape):
    pass

shapes = [Tri(), Blob()]
trace = []
for i in range(400):
    if i == 100:
        Shape.sides = -1
    if i == 200:
        del Tri.sides
    if i == 300:
        Blob.sides = 99
    trace.append(shapes[i % 2].count())
print(trace[98:102], trace[198:202], trace[298:302])

# replacing __bases__-free: add a method to the base after subclass instances exist
class P:
    pass
class Q(P):
    pass

q = Q()
try:
    q.hello()
except AttributeError as e:
    print("AttributeError:", e)
P.hello = lambda self: "hello from P"
print(q.hello())
P.hello = lambda self: "hello again"
print(q.hello())

# super() calls after the base method changes
class Animal:
    def speak(self):
        return "..."

class Dog(Animal):
    def speak(self):
        return "woof " + super().speak()

d = Dog()
res = []
for i in range(300):
    if i == 150:
        Animal.speak = lambda self: "(patched)"
    res.append(d.speak())
print(res[149], res[150], len(res))
