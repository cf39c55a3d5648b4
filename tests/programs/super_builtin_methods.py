# super().m(...) where m is a builtin type's method (object.__init__, list.append,
# dict.__setitem__, ...): loaded as (method, self) and cached at the site, in every
# tier; errors from a wrong call are CPython's.

class Node:
    def __init__(self, v):
        super().__init__()
        self.v = v

class Doubling(list):
    def append(self, x):
        super().append(x * 2)

class Loud(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, str(v))
    def get(self, k, d=None):
        return ("got", super().get(k, d))

class Bad:
    def __init__(self):
        super().__init__(1)

def run(n):
    t = 0
    d = Doubling()
    l = Loud()
    for i in range(n):
        t += Node(i).v
        d.append(i)
        l[i % 7] = i
    return t, d[:5], len(d), sorted(l.items()), l.get(3), l.get(99, "dflt")

for _ in range(3):
    print(run(200))
try:
    Bad()
except TypeError as e:
    print("TypeError:", e)
