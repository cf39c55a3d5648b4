class E: pass
e = E()
print(e == e, e != e, e == E(), hash(e) == hash(e))
print(e.__eq__(e), e.__eq__(1), e.__ne__(1))
print(type(e.__hash__()).__name__, str(e) == repr(e))
print(e.__class__ is E, E.__class__ is type, type(E) is type)
print(object.__name__, object.__bases__, type.__name__)
o = object()
print(type(o).__name__, o == o, o == object())
print(E.__init__ is object.__init__, e.__format__("") == str(e))
class F:
    def __repr__(self): return "F!"
print(str(F()), format(F()), f"{F()}", [F()])
