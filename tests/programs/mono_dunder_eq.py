# patching __eq__ / __ne__ / __lt__ / __hash__ after instances exist
class Key:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return "Key(%r)" % (self.v,)

k1, k2, k3 = Key(1), Key(1), Key(2)
lst = [k1, k3]
print(k1 == k2, k1 != k2, k1 == k1, k2 in lst, lst.count(k2))

Key.__eq__ = lambda self, o: isinstance(o, Key) and self.v == o.v
print(k1 == k2, k1 != k2, k2 in lst, lst.count(k2), lst.index(k2))
print(k1 == 1, 1 == k1)
# defining __eq__ after class creation does not remove __hash__
print(hash(k1) == hash(k1))

Key.__ne__ = lambda self, o: "custom ne"
print(k1 != k3)
del Key.__ne__
print(k1 != k3, k1 != k2)

# __eq__ comparing to other types
Key.__eq__ = lambda self, o: self.v == (o.v if isinstance(o, Key) else o)
print(k1 == 1, 1 == k1, k3 == 2, [1, 2].index(k3), k3 in [0, 2])

# patching __lt__ changes sorting
keys = [Key(v) for v in [5, 3, 9, 1]]
try:
    sorted(keys)
except TypeError as e:
    print("TypeError:", e)
Key.__lt__ = lambda self, o: self.v < o.v
print(sorted(keys), min(keys), max(keys))
Key.__lt__ = lambda self, o: self.v > o.v
print(sorted(keys))

# hot loop: equality site with __eq__ swapped
matches = []
for i in range(300):
    if i == 100:
        Key.__eq__ = lambda self, o: True
    if i == 200:
        del Key.__eq__
    matches.append(k1 == k3)
print(matches[99], matches[100], matches[199], matches[200])

# __hash__ patched: dict/set use the new hash for new lookups
Key.__eq__ = lambda self, o: isinstance(o, Key) and self.v == o.v
Key.__hash__ = lambda self: hash(self.v)
d = {Key(1): "one", Key(2): "two"}
print(d[Key(1)], Key(2) in d, Key(3) in d)
print(len({Key(1), Key(1), Key(2)}))

# __hash__ = None makes instances unhashable
Key.__hash__ = None
try:
    {k1: 1}
except TypeError as e:
    print("TypeError:", e)

# __bool__ and __len__ patched
class Box:
    pass
bx = Box()
print(bool(bx), "yes" if bx else "no")
Box.__len__ = lambda self: 0
print(bool(bx), "yes" if bx else "no", len(bx))
Box.__bool__ = lambda self: True
print(bool(bx), not bx)
del Box.__bool__, Box.__len__
print(bool(bx))
