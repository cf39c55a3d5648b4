# d[k] with str and small-int keys (answered without running Python code when it can
# be): equal strs built differently, ints against equal floats and bools, a user key
# whose hash collides with a str's, missing keys, and dict subclasses.
from collections import defaultdict


class Collides:
    def __init__(self, s):
        self.s = s

    def __hash__(self):
        return hash(self.s)

    def __eq__(self, other):
        print("  __eq__ called")
        return other == self.s


class WithMissing(dict):
    def __missing__(self, key):
        return "missing:" + str(key)


def lookups(d, keys):
    out = []
    for k in keys:
        try:
            out.append(d[k])
        except KeyError as e:
            out.append("KeyError " + repr(e.args[0]))
    return out


name = "".join(["ke", "y"])          # equal to "key", another object
d = {"key": 1, 7: "seven", 2.0: "two", True: "true", -1: "minus one"}
print(lookups(d, ["key", name, 7, 2, 1, -1, "nope", 8, 2.0]))
c = {Collides("abc"): "user"}
print(lookups(c, ["abc", "abd"]))
print(lookups(WithMissing(a=1), ["a", "b", 3]))
dd = defaultdict(list)
print(lookups(dd, ["x", 1]), sorted(dd, key=str))
big = {str(i): i for i in range(2000)}
print(sum(lookups(big, [str(i) for i in range(0, 2000, 7)])))
d["key"]
d["absent"]
