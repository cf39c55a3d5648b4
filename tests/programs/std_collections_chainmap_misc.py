from collections import ChainMap, OrderedDict, defaultdict, Counter, deque
import collections
a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
cm = ChainMap(a, b)
print(cm["x"], cm["y"], cm["z"], "z" in cm, len(cm), sorted(cm), cm.get("q", 0))
cm["w"] = 5
print(a, sorted(cm.items()))
child = cm.new_child()
child["x"] = 100
print(child["x"], cm["x"], child.parents["x"])
print(sorted(collections.__all__)[:5])
print(type(deque()).__name__, type(Counter()).__name__, type(OrderedDict()).__name__, type(defaultdict()).__name__)
