class V:
    def __init__(self, x): self.x = x
    def __repr__(self): return f"V({self.x!r})"
class W(V):
    def __str__(self): return f"<{self.x}>"
class Plain: pass
v, w = V("a"), W(2)
print(v, w, repr(w), str(v), [v, w], (w,), {1: v})
print(f"{v} {w!r} {w!s}")
print("%s %r" % (w, w))
p = Plain()
print(str(p).startswith("<__main__.Plain object at 0x"), repr(p) == str(p))
class BadRepr:
    def __repr__(self): return 1
try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError:", e)
class BadStr:
    def __str__(self): return None
try:
    str(BadStr())
except TypeError as e:
    print("TypeError:", e)
print(str(NotImplemented), repr(NotImplemented), type(NotImplemented).__name__)
