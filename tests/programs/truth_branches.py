# Branches on instances inside functions (compiled code's inline truth test): a class
# without __bool__/__len__ is true; adding either to the class or a base, or a
# subclass overriding it, is seen at once by every branch form.


class Node:
    def __init__(self, left=None):
        self.left = left


class Sub(Node):
    pass


def forms(x):
    out = []
    if x:
        out.append("if")
    if not x:
        out.append("not")
    out.append("or" if (x or None) is x else "or-other")
    out.append("and" if (x and 1) == 1 else "and-other")
    n = 0
    while x and n < 2:
        n += 1
    out.append(n)
    return out


def depth(node):
    d = 0
    while node:
        node = node.left
        d += 1
    return d


chain = Node(Node(Sub(Node())))
for _ in range(3):
    print(forms(Node()), forms(Sub()), depth(chain))
Node.__len__ = lambda self: 0
print(forms(Node()), forms(Sub()), depth(chain))
Sub.__bool__ = lambda self: True
print(forms(Node()), forms(Sub()), depth(chain))
del Node.__len__
print(forms(Node()), forms(Sub()), depth(chain))
del Sub.__bool__
print(forms(Node()), forms(Sub()), depth(chain))


class Bad:
    def __bool__(self):
        return "yes"


try:
    forms(Bad())
except TypeError as e:
    print("TypeError:", e)
print(forms(1.5), forms(0.0), forms([]), forms([0]), forms(""), forms(None))
