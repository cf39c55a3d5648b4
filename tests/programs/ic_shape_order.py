# instances whose attributes are added in different orders
class Obj:
    pass

def make(order):
    o = Obj()
    for name in order:
        setattr(o, name, name.upper() * 2)
    return o

orders = ["xyz", "zyx", "yxz", "xzy", "zxy", "yzx"]
objs = [make(list(o)) for o in orders]

def read_all(o):
    return o.x + o.y + o.z

res = []
for i in range(600):
    res.append(read_all(objs[i % 6]))
print(set(res) == {"XXYYZZ"}, len(res))
print([list(o.__dict__) for o in objs])

# conditional initialisation producing different orders
class Node:
    def __init__(self, k):
        if k % 2:
            self.left = k
            self.right = -k
        else:
            self.right = -k
            self.left = k
        if k % 3 == 0:
            self.tag = "three"
        self.value = k * 10

def read_node(n):
    return n.left + n.right + n.value

nodes = [Node(k) for k in range(12)]
tot = 0
for i in range(300):
    tot += read_node(nodes[i % 12])
print("tot", tot)
print([list(n.__dict__) for n in nodes[:4]])
print([getattr(n, "tag", "-") for n in nodes])

# same order but different values types
objs2 = [make(["x", "y", "z"]) for _ in range(3)]
objs2[1].x = 1
objs2[1].y = 2
objs2[1].z = 3
objs2[2].x = [1]
objs2[2].y = [2]
objs2[2].z = [3]
out = []
for i in range(300):
    out.append(read_all(objs2[i % 3]))
print(out[:3])

# dict equality of instances built in different orders
a = make(list("abc"))
b = make(list("cba"))
print(a.__dict__ == b.__dict__, list(a.__dict__), list(b.__dict__))
print(vars(a) == vars(b))
