class AppError(ValueError):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code
class NoSuper(Exception):
    def __init__(self, a, b):
        self.total = a + b
try:
    raise AppError("bad input", 400)
except ValueError as e:
    print(e, e.code, e.args, repr(e))
e = NoSuper(1, 2)
print(e.total, e.args, str(e))
class WithStr(Exception):
    def __init__(self, n):
        super().__init__(n)
        self.n = n
    def __str__(self):
        return f"problem #{self.n} ({super().__str__()})"
try:
    raise WithStr(7)
except WithStr as e:
    print(e, "|", repr(e))
class Kw(Exception):
    def __init__(self, *, reason):
        super().__init__(reason)
        self.reason = reason
print(Kw(reason="r").reason)
try:
    ValueError(x=1)
except TypeError as e:
    print("TypeError:", e)
