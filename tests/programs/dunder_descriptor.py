class Typed:
    def __set_name__(self, owner, name):
        self.name = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, None)
    def __set__(self, obj, value):
        if not isinstance(value, int):
            raise TypeError("need int")
        setattr(obj, self.name, value)
class NonData:
    def __get__(self, obj, objtype=None):
        return "nondata:" + objtype.__name__
class M:
    x = Typed()
    y = NonData()
m = M()
m.x = 5
print(m.x, M.x.name, m.y, M.y)
try:
    m.x = "s"
except TypeError as e:
    print("TypeError:", e)
m.y = "shadow"
print(m.y)
print(type(M.__dict__["x"]).__name__)
