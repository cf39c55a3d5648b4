# Integer format specs: bases, grouping, signs, padding.
for n in [0, 1, -1, 7, 255, -255, 65535, 10 ** 9, -(10 ** 12), 2 ** 64]:
    print(f"{n:d}|{n:5d}|{n:<7d}|{n:^9d}|{n:+d}|{n:,}|{n:_}|{n:x}|{n:#X}|{n:o}|{n:b}"[:120])
print(f"{1234567:_x} {0xdeadbeef:_b}"[:60])
print(f"{65:c}{66:c}{67:c}")
print(f"{12:08b} {12:#08b} {-12:08b} {12:>8b}")
print(f"{5:0>4} {5:x<4} {-5:04} {5:=4}")
print(f"{10 ** 20:,d} {12345:,d} {-1234:,} {999:,}")
print("{:d}".format(1234))
print(f"{3:.2f} {3:e} {3:%} {3:g}")
