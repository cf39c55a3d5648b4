# str.format with positional, keyword and indexed fields.
print("{} {} {}".format("a", "b", "c"))
print("{0} {1} {0} {2}".format("x", "y", "z"))
print("{name} is {age} years".format(name="Ann", age=37))
print("{0[0]} {0[2]} {1[k]}".format([10, 20, 30], {"k": "v"}))
print("{:>8}|{:<8}|{:^8}|".format("r", "l", "c"))
print("{0:.2f} {0:.4f} {0:e}".format(2.0 / 3))
print("{a:{w}}|{b:>{w}.{p}f}|".format(a="pad", b=3.14159, w=9, p=3))
print("{!r} {!s} {!r}".format("q", "q", 1.5))
print("{{}} {{x}} {}".format(5))
print("{0}{1}{0}".format("ab", "-"))
print("{:,} {:x} {:#b} {:08.3f}".format(1000000, 255, 5, -3.14159))
print("{} + {} = {}".format(2, 3, 2 + 3))
print("{0!r:>10}".format("hi"))
row = "{:<6}{:>6}{:>8}"
print(row.format("id", "qty", "price"))
for i, (q, p) in enumerate([(3, 1.5), (10, 0.25), (1, 99.99)]):
    print(row.format(i, q, "{:.2f}".format(p)))
try:
    print("{} {}".format(1))
except IndexError as e:
    print("IndexError", e)
try:
    print("{missing}".format(present=1))
except KeyError as e:
    print("KeyError", e)
