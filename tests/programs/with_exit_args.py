# what __exit__ receives
class Inspect:
    def __enter__(self):
        return self
    def __exit__(self, *args):
        print("  nargs", len(args))
        et, ev, tb = args
        if et is None:
            print("  all None:", et is None and ev is None and tb is None)
        else:
            print("  type:", et.__name__)
            print("  value:", repr(ev))
            print("  args:", ev.args)
            print("  isinstance:", isinstance(ev, et))
            print("  traceback present:", tb is not None)
            print("  same as __traceback__:", tb is ev.__traceback__)
        return True

with Inspect():
    pass

with Inspect():
    raise ValueError("explicit", 2)

with Inspect():
    int("not a number")

with Inspect():
    [1, 2, 3][10]

with Inspect():
    {"a": 1}["b"]

with Inspect():
    undefined_name_xyz

with Inspect():
    None.attribute

with Inspect():
    raise StopIteration(99)

class MyError(Exception):
    pass

with Inspect():
    raise MyError("custom", "args")

# exception raised with cause and context
with Inspect():
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise LookupError("chained") from z

class Show:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        if ev is not None:
            print("  cause:", repr(ev.__cause__), "context:", repr(ev.__context__))
        return True

with Show():
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise LookupError("chained") from z

with Show():
    try:
        {}[0]
    except KeyError:
        raise TypeError("implicit")
