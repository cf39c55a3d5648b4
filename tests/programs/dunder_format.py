class Money:
    def __init__(self, v): self.v = v
    def __format__(self, spec):
        if spec == "":
            return f"${self.v}"
        return f"${self.v:{spec}}"
    def __str__(self): return "money"
m = Money(3.5)
print(format(m), format(m, ".2f"), f"{m}", f"{m:>8.1f}", str(m))
class P:
    def __str__(self): return "P!"
print(format(P()), f"{P()}", "{}".format(P()) if hasattr(str, "format") else "P!")
try:
    format(P(), "x")
except TypeError as e:
    print("TypeError:", e)
try:
    f"{P():>5}"
except TypeError as e:
    print("TypeError:", e)
class Bad:
    def __format__(self, spec): return 5
try:
    format(Bad())
except TypeError as e:
    print("TypeError:", e)
