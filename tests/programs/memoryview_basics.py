# memoryview over bytes and bytearray (a builtin Kiln defines in Python, installed
# the first time the name is used): length, indexing, slicing views, writes through
# to a bytearray, tobytes/tolist/hex, equality, release.
data = bytearray(b"hello world")
m = memoryview(data)
print(len(m), m[0], m[-1], m.nbytes, m.readonly, m.format, m.itemsize, m.ndim, m.shape)
v = m[6:]
print(v.tobytes(), v.tolist()[:3], bytes(v), v.hex())
v[0] = ord("W")
print(data, m[::2].tobytes(), m[::-1].tobytes())
m[0:5] = b"HELLO"
print(data, m == b"HELLO World", m == bytearray(b"x"), list(m[:3]))
ro = memoryview(b"abc")
print(ro.readonly, hash(ro) == hash(b"abc"))
try:
    ro[0] = 1
except TypeError as e:
    print("TypeError", e)
try:
    memoryview("text")
except TypeError as e:
    print("TypeError", e)
with memoryview(b"xyz") as w:
    print(w.tobytes())
try:
    len(w)
except ValueError as e:
    print("ValueError", e)
print(isinstance(m, memoryview), type(m).__name__)


def f() -> memoryview:
    return memoryview(b"")


print(f.__annotations__["return"] is memoryview, len(f()))
