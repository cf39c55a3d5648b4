# An AttributeError raised while looking an attribute up (a property's getter, a
# descriptor's __get__) hands over to __getattr__, as CPython's slot_tp_getattr_hook.

class Desc:
    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        raise AttributeError("descriptor declines")

class DataDesc(Desc):
    def __set__(self, obj, value):
        pass

class Lenient:
    prop = property(lambda self: self.missing_too)
    nondata = Desc()
    data = DataDesc()

    def __getattr__(self, name):
        return "getattr:" + name

class Strict:
    prop = property(lambda self: 1 / 0)

    def __getattr__(self, name):
        return "getattr:" + name

class NoHook:
    nondata = Desc()

o = Lenient()
for _ in range(3):
    print(o.prop, o.nondata, o.data, getattr(o, "prop"), hasattr(o, "nondata"))
try:
    Strict().prop
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(hasattr(NoHook(), "nondata"), getattr(NoHook(), "nondata", "default"))
NoHook().nondata
