class Outer:
    class Inner:
        def meth(self):
            return 1
    def f(self):
        class Local:
            pass
        return Local
print(Outer.Inner.__qualname__, Outer.Inner.__name__, Outer.Inner.meth.__qualname__)
print(repr(Outer.Inner), Outer.f.__qualname__)
L = Outer().f()
print(L.__qualname__)
print(str(Outer.Inner().meth.__func__.__name__))
