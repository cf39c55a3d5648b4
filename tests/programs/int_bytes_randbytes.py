# int.to_bytes/int.from_bytes (both byte orders, signed, defaults, errors) and
# random.randbytes (CPython's Mersenne Twister stream).
import random
random.seed(1)
print(random.randbytes(4), random.getrandbits(32), random.randbytes(0), len(random.randbytes(1000)))
r = random.Random(5)
print(r.randbytes(9).hex())
print((1024).to_bytes(2, "big"), (1024).to_bytes(4, "little"), (0).to_bytes(3, "big"), (-1).to_bytes(2, "big", signed=True), (255).to_bytes(), (2**70).to_bytes(9, "big"))
print(int.from_bytes(b"\x04\x00", "big"), int.from_bytes(b"\x00\x04", "little"), int.from_bytes(b"\xff\xff", "big", signed=True), int.from_bytes([1, 2, 3], "big"), int.from_bytes(b"", "big"), int.from_bytes(b"\x01" * 12, "little"))
for bad in (lambda: (256).to_bytes(1, "big"), lambda: (-1).to_bytes(1, "big"), lambda: (1).to_bytes(1, "middle"), lambda: (128).to_bytes(1, "big", signed=True), lambda: (1).to_bytes(-1, "big")):
    try:
        bad()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
for call in (lambda: (5).to_bytes(2, "big", True), lambda: int.from_bytes(b"\x01", "big", True)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
print((5).to_bytes(2, "big", signed=True), int.from_bytes(b"\xff", "big", signed=True))
