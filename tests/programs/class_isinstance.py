class A: pass
class B(A): pass
class C: pass
b = B()
print(isinstance(b, A), isinstance(b, (C, A)), isinstance(b, (C, (int, B))))
print(issubclass(B, A), issubclass(B, (C,)), issubclass(B, object), issubclass(bool, int))
print(isinstance(A, type), isinstance(b, type), issubclass(type, object))
try:
    isinstance(b, 3)
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(b, A)
except TypeError as e:
    print("TypeError:", e)
class E(Exception): pass
print(issubclass(E, BaseException), isinstance(E(), Exception))
