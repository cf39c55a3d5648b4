# copy.deepcopy of dataclass instances, __reduce__ objects and shared structures
# (pyperformance bm_deepcopy's data), checked by value and by identity.
import copy
from dataclasses import dataclass


@dataclass
class A:
    string: str
    lst: list
    boolean: bool


class C(object):
    def __init__(self):
        self.a = 1
        self.b = 2

    def __reduce__(self):
        return (C, (), self.__dict__)

    def __setstate__(self, state):
        self.__dict__.update(state)


dc = A("hello", [1, 2, 3], True)
d2 = copy.deepcopy(dc)
print(d2, d2 == dc, d2 is dc, d2.lst is dc.lst)
c2 = copy.deepcopy(C())
print(type(c2).__name__, c2.a, c2.b, vars(c2))
X = [1] * 5
data = {"a": (X, X, X), "b": [X] * 3}
d3 = copy.deepcopy(data)
print(d3, d3["a"][0] is d3["a"][1], d3["b"][2] is d3["a"][0], d3["a"][0] is X)
a = {"list": [1, 2, 3, 43], "t": (1, 2, 3), "str": "hello", "subdict": {"a": True}}
a2 = copy.deepcopy(a)
print(a2 == a, a2["t"] is a["t"], a2["list"] is a["list"], a2["str"] is a["str"])
