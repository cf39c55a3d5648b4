class Base(Exception): pass
class A(Base): pass
class B(Base): pass
class AB(A, B): pass
for cls in [Base, A, B, AB]:
    try:
        raise cls(cls.__name__)
    except AB as e:
        print("AB", e)
    except A as e:
        print("A", e)
    except (B, KeyError) as e:
        print("B-or-Key", e)
    except Base as e:
        print("Base", e)
print([c.__name__ for c in AB.__mro__])
class LookupSub(KeyError): pass
try:
    {}["k"]
except LookupSub:
    print("wrong")
except KeyError as e:
    print("KeyError", e)
try:
    raise LookupSub("k2")
except LookupError as e:
    print("LookupError", e, repr(e))
