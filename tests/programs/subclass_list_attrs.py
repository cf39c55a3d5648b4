# Instance attributes, methods and properties on list subclasses.
class Stack(list):
    kind = "stack"

    def push(self, x):
        self.append(x)
        return self

    def peek(self):
        return self[-1]

    @property
    def top(self):
        return self[-1] if self else None

    @classmethod
    def of(cls, *xs):
        return cls(xs)

    @staticmethod
    def helper(n):
        return n * 2

s = Stack()
s.push(1).push(2).push(3)
print(s, s.peek(), s.top, Stack().top, s.kind, Stack.kind)
s.label = "main"
s.count_calls = 0
print(s.label, sorted(s.__dict__.items()), hasattr(s, "label"), getattr(s, "nope", "dflt"))
del s.label
print(hasattr(s, "label"), s.__dict__)
try:
    s.nothing
except AttributeError as e:
    print("AttributeError", e)
t = Stack.of(4, 5)
print(t, type(t).__name__, Stack.helper(4), t.helper(5))
s.kind = "shadowed"
print(s.kind, Stack.kind, Stack().kind)
# an instance attribute shadowing a method name
s.peek = lambda: "instance attr"
print(s.peek(), Stack([1]).peek())
setattr(t, "x", 10)
print(t.x, vars(t))

class Deep(Stack):
    def push(self, x):
        return super().push(x * 10)

d = Deep([1])
d.push(2)
print(d, d.top, isinstance(d, Stack), isinstance(d, list), Deep.__mro__)

class Slotted(list):
    __slots__ = ()
try:
    Slotted().x = 1
except AttributeError as e:
    print("AttributeError", e)
