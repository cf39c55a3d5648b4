# Template fast paths for // % / and int/float mixes, at their edges.
big = 2 ** 47 - 1
small = -(2 ** 47)
ints = [0, 1, -1, 2, -2, 3, -3, 7, -7, 10, big, small, big - 1, small + 1, 2 ** 50, -(2 ** 50)]
for a in ints:
    row = []
    for b in ints:
        for op in ("//", "%", "/"):
            try:
                if op == "//":
                    r = a // b
                elif op == "%":
                    r = a % b
                else:
                    r = a / b
                row.append(repr(r))
            except ZeroDivisionError as e:
                row.append("ZDE:" + str(e))
    print(" ".join(row))
floats = [0.0, -0.0, 0.5, -2.5, 3.0, 1e300, float("inf"), float("nan")]
for a in ints[:8] + floats:
    for b in ints[:8] + floats:
        out = []
        for f in (lambda: a + b, lambda: a - b, lambda: a * b, lambda: a / b):
            try:
                out.append(repr(f()))
            except ZeroDivisionError as e:
                out.append("ZDE:" + str(e))
            except OverflowError as e:
                out.append("OE:" + str(e))
        out.append(str((a < b, a <= b, a == b, a != b, a > b, a >= b)))
        print(" ".join(out))
print(2 ** 53 + 1 == float(2 ** 53 + 1), 2 ** 53 + 1 > float(2 ** 53), big == float(big))
s = 0
for i in range(1, 20000):
    s += (i * 7) % 13 - (i // 3) + i / 4
print(s)
