class Temp:
    def __init__(self):
        self._c = 0
        self.log = []
    @property
    def celsius(self):
        self.log.append("get")
        return self._c
    @celsius.setter
    def celsius(self, v):
        self.log.append("set")
        self._c = v
    @celsius.deleter
    def celsius(self):
        self.log.append("del")
        self._c = None
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
t = Temp()
t.celsius = 100
print(t.celsius, t.fahrenheit)
del t.celsius
print(t.celsius, t.log)
try:
    t.fahrenheit = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    del t.fahrenheit
except AttributeError as e:
    print("AttributeError:", e)
class P:
    x = property()
try:
    P().x
except AttributeError as e:
    print("AttributeError:", e)
class Q:
    def getv(self): return 42
    v = property(getv, doc="the v")
print(Q().v, Q.v.__doc__, type(Q.v).__name__)
# data descriptor wins over instance attributes
q = Q()
q.__dict__["v"] = 7
print(q.v)
