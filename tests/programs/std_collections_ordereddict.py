from collections import OrderedDict
od = OrderedDict()
od["b"] = 2; od["a"] = 1; od["c"] = 3
print(od, list(od), list(od.keys()), list(od.values()), list(od.items()))
od.move_to_end("b"); print(od)
od.move_to_end("b", last=False); print(od)
print(od.popitem(), od)
print(od.popitem(last=False), od)
try:
    od.move_to_end("zz")
except KeyError as e:
    print("KeyError", e)
e = OrderedDict()
try:
    e.popitem()
except KeyError as ex:
    print("KeyError", ex)
x = OrderedDict([(1, "a"), (2, "b")])
y = OrderedDict([(2, "b"), (1, "a")])
print(x == y, x == dict(y), dict(x) == dict(y), OrderedDict())
print(OrderedDict.fromkeys("abc", 0))
cache = OrderedDict()
for key in [1, 2, 3, 1, 4, 2, 5]:
    if key in cache:
        cache.move_to_end(key)
    cache[key] = key * 10
    if len(cache) > 3:
        cache.popitem(last=False)
    print(list(cache.items()))
