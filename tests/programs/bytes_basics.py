# bytes: literals, constructor, operators, methods, encode/decode, Ellipsis.
b = b"hello"
print(b, repr(b), type(b), len(b), b[0], b[-1], b[1:3], b[::-1], list(b))
print(b"a'b", b'a"b', b'\x00\xff\t\n\r\\', rb"\d+", bytes(3), bytes([65, 66]), bytes("héllo", "utf-8"))
print(b == b"hello", b != b"x", b < b"help", b"" < b"a", sorted([b"b", b"a", b"ab"]))
print(b + b" world", b * 2, 3 * b"ab", b"ll" in b, 108 in b, 5 in b)
print("héllo".encode(), "abc".encode("ascii"), b"h\xc3\xa9llo".decode(), b"abc".decode("latin-1"))
print(b.upper(), b.find(b"l"), b.rfind(b"l"), b.count(b"l"), b.startswith(b"he"), b.endswith((b"x", b"lo")))
print(b"a,b,,c".split(b","), b"  a b  c ".split(), b"-".join([b"a", b"b"]), b"  x ".strip(), b"xxaxx".strip(b"x"))
print(b.replace(b"l", b"L"), b.replace(b"l", b"L", 1), b.hex(), bytes.fromhex("de ad be ef"), b.index(b"e"))
print(b.isalpha(), b"123".isdigit(), b"".isdigit(), b"Ab".isupper(), b"ab".islower(), b" \t".isspace())
print({b"k": 1}[b"k"], hash(b"abc") == hash(b"abc"), bool(b""), bool(b"x"), f"{b}", str(b), ...)
print(Ellipsis, type(...), ... is Ellipsis)
for c in b"hi":
    print(c, end=" ")
print(isinstance(b, bytes), bytes is type(b""), b.decode("utf-8", "strict"))
x = b"\xff"
try:
    x.decode()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
for bad in [lambda: b + "s", lambda: "s" + b, lambda: b[10], lambda: bytes([256]), lambda: bytes("s"), lambda: b"x" < "x", lambda: "s" in b, lambda: bytes(-1), lambda: b["a"]]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(b"x" == "x", b"abc".decode("ascii", "ignore"), b"a\xffb".decode("utf-8", "replace"), b"a\xffb".decode("utf-8", "ignore"))
print(bytes(b"abc"), bytes(range(3)), b"abc"[1], b"%d" if 0 else b"")
b = b"abc"
print(f"{b!r:>12}|", f"{b!s}", format(b, ""), "%s" % b, "%r" % (b,))
try:
    format(b, "10")
except TypeError as e:
    print("TypeError", e)
print({b"a", b"a", b"b"} == {b"a", b"b"}, hash((b"a", 1)) == hash((b"a", 1)), sorted(b"cba"), max(b"abc"), min(b"abc"), sum(b"ab"))
print(bytes.decode(b"xy"), list(map(bytes.upper, [b"a", b"b"])), b"a b".split(None, 1), b"a,b,c".split(b",", 1))
print(b"abc".find(98), b"abc".count(b""), b"abc".find(b"", 5), b"".join([]), b"abc".find(b"", 3), b"abc".count(b"", 4), b"abc".startswith(b"", 4), b"abc".endswith(b"c", -1))
print(b"\x80abc"[0], b"ab" * 0, b"ab" * -1, bytes(), b"" == bytes(0))
print(repr(b"'\""), repr(b"'"), repr(b'"'), b"\x7f\x1f")
t = bytes.maketrans(b"ab", b"xy")
print(len(t), b"aabbc".translate(t), b"aabbc".translate(None, b"b"), b"abc".translate(t, b"c"))
