# obj.name(...) where `name` is a callable stored on the instance (shadowing or not a
# class method): cached per shape; rebinding, deleting and class-level changes are seen.
class C:
    def hello(self):
        return "class hello"
    def run(self, n):
        out = []
        for i in range(n):
            out.append(self.fn(i))
        return out

def double(x):
    return 2 * x

c = C()
c.fn = double
print(c.run(3))
c.fn = lambda x: -x
print(c.run(3))
c.fn = str
print(c.run(3))

def call_hello(o):
    return o.hello()

print([call_hello(c) for _ in range(3)])
c.hello = lambda: "instance hello"
print([call_hello(c) for _ in range(3)])
del c.hello
print([call_hello(c) for _ in range(3)])

class D(C):
    pass
d = D()
d.fn = abs
print(d.run(3), [call_hello(x) for x in (c, d, c)])
class Prop:
    @property
    def fn(self):
        return lambda x: x + 100
    run = C.run
p = Prop()
print(p.run(2))
try:
    c.missing()
except AttributeError as e:
    print("AttributeError", e)
