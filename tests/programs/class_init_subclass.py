class Plugin:
    registry = []
    def __init_subclass__(cls, **kw):
        super().__init_subclass__()
        Plugin.registry.append((cls.__name__, kw.get("tag")))
class A(Plugin): pass
class B(Plugin, tag="b"): pass
class C(B): pass
print(Plugin.registry)
