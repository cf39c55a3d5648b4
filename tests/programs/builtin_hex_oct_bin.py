# hex(), oct(), bin() and chr/ord round trips.
for n in [0, 1, 7, 8, 10, 15, 16, 255, 256, -1, -255, 2 ** 32, 2 ** 64 - 1, -(2 ** 70), 0xDEADBEEF]:
    print(n, hex(n), oct(n), bin(n), int(hex(n), 16) == n, int(oct(n), 8) == n, int(bin(n), 2) == n)
print(hex(True), bin(False))
try:
    hex(1.5)
except TypeError as e:
    print("TypeError", e)
print(chr(ord("a") + 1), [ord(c) for c in "AZaz09"], "".join(chr(c) for c in [72, 105]))
