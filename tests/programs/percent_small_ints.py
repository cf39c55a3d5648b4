# `%` formatting of ints: the small-int fast path (plain %d/%i/%u/%s/%r) and every form
# it must leave to the general code (flags, width, precision, bools, big ints, floats).
vals = [0, 7, -7, 2**47 - 1, -2**47, 2**47, -2**63, 10**20, True, False, 3.99, -0.5]
for v in vals:
    print("%d|%i|%u|%s|%r" % (v, v, v, v, v))
for v in [5, -5, 0, 123456]:
    print("[%+d] [% d] [%5d] [%-5d] [%05d] [%.3d] [%*d] [%x] [%#o] [%d] [%c]" % (v, v, v, v, v, v, 4, v, v, v, v % 256, v % 256 + 65))
print("%(a)d-%(b)s" % {"a": 42, "b": -1})
print("line %d of %d" % (3, 10), "%s" % 12, "%d%%" % 50)
try:
    print("%d" % "x")
except TypeError as e:
    print("TypeError:", e)
