# `for` over iterators beyond lists, tuples and ranges in compiled code (one helper
# with the pc stored): dicts and views, sets, reversed, bytes, map and enumerate, a
# user __next__, and errors raised while iterating (dict/set size changes, a raising
# __next__, a raising map function) with their tracebacks.


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise StopIteration
        if self.n == 99:
            raise ValueError("bad state")
        self.n -= 1
        return self.n


def collect(it):
    out = []
    for x in it:
        out.append(x)
    return out


d = {"a": 1, "b": 2, "c": 3}
print(collect(d), collect(d.values()), collect(d.items()), collect(d.keys()))
print(sorted(collect({3, 1, 2})), collect(reversed([1, 2, 3])), collect(b"ab"))
print(collect(map(abs, [-1, 2, -3])), collect(enumerate("xy")), collect(Countdown(3)))
for bad in (Countdown(99), map(lambda v: 1 // v, [1, 0])):
    try:
        collect(bad)
    except (ValueError, ZeroDivisionError) as e:
        print(type(e).__name__, e)


def grow(dd):
    for k in dd:
        dd[k + "!"] = 0


for container in ({"k": 1}, ):
    try:
        grow(container)
    except RuntimeError as e:
        print("RuntimeError:", e)


def shrink(s):
    for x in s:
        s.discard(x)


shrink({1, 2, 3})
