# monkey-patching a method after the call site has warmed up
class Greeter:
    def greet(self, name):
        return "hello " + name

def call(g, name):
    return g.greet(name)   # method call site

g = Greeter()
other = Greeter()
out = []
for i in range(300):
    if i == 100:
        Greeter.greet = lambda self, name: "hi " + name
    if i == 200:
        def greet(self, name):
            return "hey " + name.upper()
        Greeter.greet = greet
    out.append(call(g if i % 2 else other, "bob"))
print(out[99], out[100], out[199], out[200], out[-1])

# patching on the instance shadows the class method
g.greet = lambda name: "instance says " + name
print(call(g, "amy"), "|", call(other, "amy"))
del g.greet
print(call(g, "amy"))

# delete the method entirely
del Greeter.greet
try:
    call(g, "x")
except AttributeError as e:
    print("AttributeError:", e)

# re-add it through setattr
setattr(Greeter, "greet", lambda self, name: "setattr " + name)
print(call(g, "zed"))

# patching an attribute read (not a call) site
class Config:
    level = 1

def level_of(c):
    return c.level

c = Config()
vals = []
for i in range(400):
    if i == 100:
        Config.level = 2
    if i == 200:
        c.level = 3
    if i == 300:
        del c.level
        Config.level = "four"
    vals.append(level_of(c))
print(vals[99:101], vals[199:201], vals[299:301], vals[-1])

# patching a method that is already bound: the bound method keeps the old function
class Counter:
    def __init__(self):
        self.n = 0
    def step(self):
        self.n += 1
        return self.n

ct = Counter()
bound = ct.step
for i in range(200):
    bound()
Counter.step = lambda self: -1
print(bound(), ct.step(), ct.n)

# a method replaced by a non-function callable
class Doubler:
    def __call__(self, x):
        return x * 2

class Box:
    def act(self, x):
        return x + 1

b = Box()
r = []
for i in range(300):
    if i == 150:
        Box.act = Doubler()   # callable instances are not descriptors: not bound
    try:
        r.append(b.act(i))
    except TypeError as e:
        r.append("TypeError")
print(r[148:153])
Box.act = staticmethod(lambda x: x - 1)
print(b.act(10))
Box.act = classmethod(lambda cls, x: cls.__name__ + str(x))
print(b.act(10))
