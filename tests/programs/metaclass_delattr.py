# A metaclass's __delattr__ runs for `del C.attr` (and super().__delattr__ deletes).
class Meta(type):
    def __delattr__(cls, name):
        print("meta delattr", cls.__name__, name)
        if name.startswith("keep"):
            raise AttributeError(f"{name} is protected")
        super().__delattr__(name)
class C(metaclass=Meta):
    x = 1
    keep_me = 2
del C.x
print(hasattr(C, "x"))
try:
    del C.keep_me
except AttributeError as e:
    print("AttributeError:", e)
try:
    del C.missing
except AttributeError as e:
    print("AttributeError:", e)
class D(C):
    y = 3
del D.y
print(hasattr(D, "y"), C.keep_me)
