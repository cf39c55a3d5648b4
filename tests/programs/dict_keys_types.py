# Key equality across numeric types and hashable keys.
d = {}
d[1] = "int"
d[1.0] = "float"
d[True] = "bool"
print(d, len(d))
d[0] = "zero"
d[False] = "false"
d[-0.0] = "negzero"
print(d)
d[2 ** 64] = "big"
print(d[18446744073709551616], d[2.0 ** 64])
d[(1, 2)] = "tuple"
print(d[(1.0, 2.0)])
d[frozenset([1, 2])] = "fs"
print(d[frozenset([2, 1])])
d[None] = "none"
d[""] = "empty"
d["1"] = "str one"
print(d[None], repr(d[""]), d["1"], d[1])
print(list(d.keys()))
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(-0.0), hash(2 ** 64) == hash(2.0 ** 64))
nan = float("nan")
nd = {nan: 1}
print(nd[nan], len(nd))
