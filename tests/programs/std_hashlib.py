# hashlib: md5, sha1 and sha2 digests (one-shot, incremental, copy, new()) and errors.
import hashlib

for name in ("md5", "sha1", "sha224", "sha256", "sha384", "sha512"):
    h = getattr(hashlib, name)(b"hello ")
    h.update(b"world")
    c = h.copy()
    c.update(b"!")
    print(name, h.digest_size, h.block_size, h.name, h.hexdigest())
    print(" ", c.hexdigest(), hashlib.new(name.upper(), b"hello world!").hexdigest() == c.hexdigest())
    print(" ", getattr(hashlib, name)().hexdigest())
data = bytes(range(256)) * 1000
print(hashlib.sha256(data).hexdigest(), hashlib.md5(data).digest()[:4])
h = hashlib.md5()
for i in range(0, len(data), 777):
    h.update(data[i:i + 777])
print(h.hexdigest() == hashlib.md5(data).hexdigest())
for bad in ("text", 5):
    try:
        hashlib.sha1(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    hashlib.new("whirlpool-9")
except ValueError as e:
    print("ValueError:", e)
print(sorted(hashlib.algorithms_guaranteed & {"md5", "sha1", "sha256"}))
