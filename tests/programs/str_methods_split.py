# str.split with and without separators and maxsplit.
samples = ["a b c", "  leading and trailing  ", "one", "", "   ", "a\tb\nc  d", "x,,y,z,", ",a,b"]
for s in samples:
    print(repr(s), s.split(), s.split(" "), s.split(","))
print("a,b,c,d".split(",", 1), "a,b,c,d".split(",", 2), "a,b,c,d".split(",", 0), "a,b,c,d".split(",", -1))
print("a b  c   d".split(None, 2), "  a b c  ".split(maxsplit=1))
print("a::b::c".split("::"), "aaa".split("a"), "abcabc".split("bc"), "key=value=x".split("=", 1))
print("1 2 3 4".split(), [int(x) for x in "10 20 30".split()])
line = "name: Ada; age: 36; lang: python"
fields = {}
for part in line.split(";"):
    k, v = part.split(":")
    fields[k.strip()] = v.strip()
print(fields)
try:
    "abc".split("")
except ValueError as e:
    print("ValueError", e)
