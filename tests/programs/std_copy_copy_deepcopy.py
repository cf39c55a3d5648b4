import copy
a = [1, [2, 3], {"k": [4]}]
b = copy.copy(a)
c = copy.deepcopy(a)
a[1].append(99); a[2]["k"].append(5)
print(a, b, c, b[1] is a[1], c[1] is a[1])
d = {"x": [1], "y": (1, [2])}
e = copy.deepcopy(d)
e["y"][1].append(3)
print(d, e, copy.deepcopy((1, 2)) == (1, 2))
t = (1, 2, "s")
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.copy(5), copy.deepcopy("str"))
cyc = [1]
cyc.append(cyc)
cc = copy.deepcopy(cyc)
print(cc[1] is cc, cc[1] is not cyc)
shared = [0]
pair = [shared, shared]
pc = copy.deepcopy(pair)
print(pc[0] is pc[1], pc[0] is not shared)
s = {1, 2}
print(copy.copy(s), copy.deepcopy(frozenset([1, 2])), copy.deepcopy({3: {4}}))
class Node:
    def __init__(self, val, children=None):
        self.val = val
        self.children = children or []
    def __repr__(self):
        return f"Node({self.val}, {self.children})"
n = Node(1, [Node(2), Node(3)])
m = copy.deepcopy(n)
m.children[0].val = 20
sh = copy.copy(n)
print(n, m, sh.children is n.children)
class Custom:
    def __init__(self, v):
        self.v = v
    def __copy__(self):
        return Custom("copied-" + str(self.v))
    def __deepcopy__(self, memo):
        return Custom("deep-" + str(self.v))
print(copy.copy(Custom(1)).v, copy.deepcopy(Custom(2)).v, copy.deepcopy([Custom(3)])[0].v)
memo = {}
x = [1, 2]
y = copy.deepcopy(x, memo)
print(y, id(x) in memo)
