# copy.copy/deepcopy and reversed() of container subclasses (and collections types).
import copy
from collections import namedtuple, defaultdict, OrderedDict, Counter
class L(list): pass
class D(dict): pass
class T(tuple): pass
class S(set): pass
l = L([1, [2]]); l.a = [3]
for f in (copy.copy, copy.deepcopy):
    m = f(l)
    print(type(m).__name__, m, m.a, m[1] is l[1], m.a is l.a)
    d = D(a=[1]); d.x = 1
    n = f(d)
    print(type(n).__name__, n, n.x, n["a"] is d["a"])
    t = T((1, [2]))
    print(type(f(t)).__name__, f(t))
    s = S({1, 2})
    print(type(f(s)).__name__, f(s))
    P = namedtuple("P", "x y")
    print(f(P(1, [2])))
    dd = defaultdict(list, a=[1])
    print(f(dd), f(OrderedDict(a=1)), f(Counter("aab")))
print(list(reversed(L([1, 2, 3]))))
class R(list):
    def __reversed__(self):
        return iter(["custom"])
print(list(reversed(R([1, 2]))))
