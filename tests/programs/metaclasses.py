# User metaclasses: __new__/__init__/__call__ with super(), special methods applied to
# the classes they make (iter, len, [], in, repr, bool, isinstance), methods and
# properties on the metaclass, __setattr__, class keywords, a metaclass conflict.
class Meta(type):
    def __new__(mcs, name, bases, ns, **kw):
        ns["added"] = name.lower()
        cls = super().__new__(mcs, name, bases, ns)
        cls.created_by = mcs.__name__
        return cls

    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
        cls.inited = True

    def __call__(cls, *args, **kw):
        inst = super().__call__(*args, **kw)
        inst.via_meta = True
        return inst

    def __iter__(cls):
        return iter(cls.items)

    def __len__(cls):
        return len(cls.items)

    def __getitem__(cls, k):
        return cls.items[k]

    def __contains__(cls, x):
        return x in cls.items

    def __repr__(cls):
        return f"<meta class {cls.__name__}>"

    def __instancecheck__(cls, obj):
        return hasattr(obj, "quack")

    def hello(cls):
        return f"hello from {cls.__name__}"

    @property
    def size(cls):
        return len(cls.items)


class A(metaclass=Meta):
    items = [1, 2, 3]

    def __init__(self, x=0):
        self.x = x


class B(A):
    items = ["b"]


class Duck:
    quack = 1


a = A(5)
print(type(A).__name__, A.added, A.created_by, A.inited, a.x, a.via_meta, type(a).__name__)
print(list(A), len(A), A[1], 2 in A, 9 in A, repr(A), A, A.hello(), A.size, B.size, list(B))
print(isinstance(Duck(), A), isinstance(1, A), isinstance(a, A), type(B).__name__, B.added, bool(A))
print(type(A) is Meta, isinstance(A, Meta), isinstance(A, type), Meta.__mro__)
X = Meta("X", (), {"items": [7]})
print(list(X), X.added)


class M2(type):
    @property
    def label(cls):
        return "meta-label"

    def __setattr__(cls, name, value):
        if name == "frozen":
            raise AttributeError("cannot set frozen")
        super().__setattr__(name, value)


class C2(metaclass=M2):
    label = "class-label"


print(C2.label, C2.__dict__["label"])
C2.other = 1
print(C2.other)
try:
    C2.frozen = 1
except AttributeError as e:
    print("AttributeError", e)


class WithInitSubclass:
    def __init_subclass__(cls, **kw):
        cls.sub_kw = kw


class M3(type):
    pass


class D(WithInitSubclass, metaclass=M3, flag=1):
    pass


print(D.sub_kw, type(D).__name__)
try:
    class Bad(A, C2):
        pass
except TypeError as e:
    print("TypeError", e)


class Everything(type):
    def __subclasscheck__(cls, sub):
        return sub is int


class Any(metaclass=Everything):
    pass


print(issubclass(int, Any), issubclass(str, Any), issubclass(int, (str, Any)))
try:
    issubclass(1, str)
except TypeError as e:
    print("TypeError", e)


class Recording(dict):
    def __init__(self):
        super().__init__()
        self.order = []

    def __setitem__(self, key, value):
        if not key.startswith("__"):
            self.order.append(key)
        if key == "forbidden":
            raise ValueError("no forbidden names")
        super().__setitem__(key, value.upper() if isinstance(value, str) else value)

    def __missing__(self, key):
        if key == "magic":
            return 42
        raise KeyError(key)


class OrderMeta(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        return Recording()

    def __new__(mcs, name, bases, ns, **kw):
        cls = super().__new__(mcs, name, bases, dict(ns))
        cls.order = list(ns.order)
        return cls


class Ordered(metaclass=OrderMeta):
    b = "x"
    a = magic + 1
    def m(self):
        return 1
    c = len


print(Ordered.order, Ordered.b, Ordered.a, type(Ordered.__dict__).__name__, type.__prepare__("X", ()))
try:
    class Bad2(metaclass=OrderMeta):
        forbidden = 1
except ValueError as e:
    print("ValueError", e)
try:
    class Bad3(metaclass=OrderMeta):
        x = undefined_name
except NameError as e:
    print("NameError", e)


class Lazy(type):
    def __getattr__(cls, name):
        if name.startswith("auto_"):
            return name[5:].upper()
        raise AttributeError(f"{cls.__name__} has no {name!r} (from the metaclass)")


class L(metaclass=Lazy):
    real = 1


print(L.real, L.auto_x, getattr(L, "auto_yz"), hasattr(L, "auto_q"), hasattr(L, "nope"), getattr(L, "nope", "dflt"))
try:
    L.nope
except AttributeError as e:
    print("AttributeError", e)
print(L().real)
try:
    L().auto_x
except AttributeError as e:
    print("AttributeError", e)
