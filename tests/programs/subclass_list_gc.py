# Many subclass instances with attribute dicts and cycles, surviving collections.
class Node(list):
    pass

class Bag(dict):
    pass

class Pair(tuple):
    pass

class Group(set):
    pass

keep = []
for i in range(60000):
    n = Node([i, str(i)])
    n.parent = n          # a cycle through the attribute dict
    n.meta = Bag(index=i, label="n%d" % i)
    n.meta.owner = n
    p = Pair((i, n))
    g = Group([i % 7, i % 11])
    g.tag = p
    if i % 1000 == 0:
        keep.append(g)
total = 0
for g in keep:
    p = g.tag
    n = p[1]
    total += p[0] + len(n) + n.meta["index"] + len(g)
    assert n.parent is n and n.meta.owner is n
print(len(keep), total, keep[3].tag[1], keep[3].tag[1].meta, sorted(keep[5]))
