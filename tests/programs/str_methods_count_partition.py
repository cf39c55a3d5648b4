# count, partition and rpartition.
s = "mississippi"
print(s.count("s"), s.count("ss"), s.count("issi"), s.count(""), s.count("x"), s.count("i", 5), s.count("i", 2, 6))
print(s.partition("ss"), s.rpartition("ss"), s.partition("x"), s.rpartition("x"), s.partition("m"))
for line in ["key=value", "novalue", "a=b=c", "=start", "end="]:
    k, sep, v = line.partition("=")
    rk, rsep, rv = line.rpartition("=")
    print(repr(k), repr(sep), repr(v), "|", repr(rk), repr(rsep), repr(rv))
url = "https://example.org/path/to/page?x=1"
scheme, _, rest = url.partition("://")
host, _, path = rest.partition("/")
path, _, query = path.partition("?")
print(scheme, host, path, query)
try:
    s.partition("")
except ValueError as e:
    print("ValueError", e)
