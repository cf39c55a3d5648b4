class MyError(Exception):
    pass
class Sub(MyError):
    pass
try:
    raise MyError("x", 1)
except MyError as e:
    print("caught", e, e.args, repr(e), type(e).__name__)
try:
    raise Sub("s")
except MyError as e:
    print("base catch", type(e).__name__, isinstance(e, Exception), str(e))
try:
    raise Sub
except Sub as e:
    print("class raise", repr(e), e.args)
print(issubclass(Sub, BaseException), Sub.__mro__[1].__name__)
e = MyError("attrs")
e.extra = 5
print(e.extra, e.args)
