# Basic f-strings: expressions, conversions and literal braces.
name = "Kiln"
n = 42
x = 3.14159
items = [1, 2, 3]
print(f"hello {name}")
print(f"{name} has {len(name)} letters and n*2 = {n * 2}")
print(f"{name!r} {name!s} {items!r} {x!s}")
print(f"{{literal}} {{{n}}} {n}{n}")
print(f"{'nested quotes'} {items[0] + items[-1]} {x > 3}")
print(f"{n if n > 40 else -n} {[i * i for i in items]} {dict(a=1)}")
print(f"{None} {True} {1.0} {-0.0} {2 ** 70}")
d = {"key": "value", "n": 5}
print(f"{d['key']} {d['n'] + 1}")
s = "tab\there"
print(f"{s!r} {'it' + chr(39) + 's'!r}")
for i in range(3):
    print(f"row {i}: {'#' * (i + 1)}")
w = "world"
print(f"{'hello ' + w!r:>20}|")
print(f"{n=} {x=:.2f} {name = }")
