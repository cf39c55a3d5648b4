# `with` on context managers whose __enter__ is a plain function (called unbound), a
# staticmethod, a classmethod or a callable object; missing methods; __enter__
# raising; and __exit__ suppressing or not, in a loop so the code is compiled.


class Plain:
    def __enter__(self):
        return "plain"

    def __exit__(self, *exc):
        return False


class Static:
    @staticmethod
    def __enter__():
        return "static"

    def __exit__(self, t, v, tb):
        return t is KeyError  # suppress KeyError only


class Klass:
    @classmethod
    def __enter__(cls):
        return cls.__name__

    __exit__ = Plain.__exit__


class CallableEnter:
    class _E:
        def __get__(self, obj, owner):
            return lambda: "via __get__"

    __enter__ = _E()
    __exit__ = Plain.__exit__


class NoExit:
    def __enter__(self):
        return 1


class Raising:
    def __enter__(self):
        raise ValueError("enter failed")

    def __exit__(self, *a):
        print("never")


def run(cm, raise_key=False):
    with cm as v:
        if raise_key:
            raise KeyError("k")
        return v


for i in range(3):
    print(run(Plain()), run(Static()), run(Klass()), run(CallableEnter()))
    print(run(Static(), raise_key=True))
for bad in (NoExit(), Raising(), 5):
    try:
        run(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
run(Plain(), raise_key=True)
