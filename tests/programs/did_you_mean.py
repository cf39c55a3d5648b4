# "Did you mean" suggestions (CPython 3.11): the name/obj attributes that
# AttributeError and NameError carry, the traceback module's suggestions, and the
# interpreter's own display of an uncaught error (the last line of this program).
import traceback


def last_line(thunk):
    try:
        thunk()
    except Exception as e:
        return traceback.format_exception_only(type(e), e)[-1].rstrip("\n")
    return "no error"


class Point:
    limit = 3

    def __init__(self):
        self.x = 1
        self.value = 2

    def distance(self):
        return 0


p = Point()
print(last_line(lambda: p.valeu))
print(last_line(lambda: p.distanse()))
print(last_line(lambda: p.LIMIT))
print(last_line(lambda: p.zzzzzz))
print(last_line(lambda: [].apend(1)))
print(last_line(lambda: "s".uper()))
print(last_line(lambda: {}.iterms()))
print(last_line(lambda: Point.distanc))
import math
print(last_line(lambda: math.sqr(4)))
print(last_line(lambda: getattr(p, "vlaue")))

# Attributes of the exceptions.
try:
    p.valeu
except AttributeError as e:
    print(e.name, type(e.obj).__name__, e.args)
e = AttributeError("custom", name="nm", obj=5)
print(e.name, e.obj, e.args, AttributeError("x").name, AttributeError().obj)
n = NameError("m", name="who")
print(n.name, NameError().name)
try:
    AttributeError("x", bogus=1)
except TypeError as err:
    print(err)
try:
    ValueError("x", name=1)
except TypeError as err:
    print(err)
imp = ImportError("boom", name="mod", path="/x")
print(imp.name, imp.path, imp.msg)


# A property raising AttributeError is augmented with the outer name and object.
class Lazy:
    @property
    def thing(self):
        raise AttributeError("inner detail")


try:
    Lazy().thing
except AttributeError as e:
    print(e, e.name, type(e.obj).__name__)


# Names: locals first, then globals, then builtins.
def local_scope():
    counter = 1
    return countr


print(last_line(local_scope))
global_thing = 1
print(last_line(lambda: global_thng))
print(last_line(lambda: lenn([])))
print(last_line(lambda: prnt))
print(last_line(lambda: completely_unrelated_name_xyz))
try:
    undefined_q
except NameError as e:
    print(e.name)

# A user AttributeError without name/obj offers nothing.
def raises_plain():
    raise AttributeError("plain")


print(last_line(raises_plain))

# The interpreter's display of an uncaught error.
items = [1, 2]
items.apend(3)
