# printf-style % formatting.
print("%d %5.2f %s %r %x %-10s|%05d %e %g %%" % (42, 3.14159, "str", "rep", 255, "left", 42, 12345.678, 0.00001234))
print("%i %u %o %X %c %c" % (7, 8, 8, 255, 65, "z"))
print("%s" % "single", "%s" % (1,), "%s" % [1, 2], "%r" % ((1, 2),))
print("%+d %+d % d % d" % (5, -5, 5, -5))
print("%10.3f|%-10.3f|%010.3f|%.0f|%.1f" % (2.71828, 2.71828, -2.71828, 2.5, 0.05))
print("%5s|%-5s|%.2s|%5.1s|" % ("abc", "abc", "abc", "abc"))
print("%x %X %#x %#o %o" % (-255, 3054, 255, 8, -8))
print("%e %E %.2e %g %G %g %g" % (0.0, 1e10, 123456, 1e-5, 1e20, 100000, 1000000))
print("%s and %s" % (None, True), "%d" % True, "%.3s" % 3.14159, "%s%%" % 50)
print("%*d|%-*d|%.*f" % (5, 42, 5, 42, 2, 3.14159))
print("%d items" % 3.99, "%s" % 2 ** 70, "%d" % -(2 ** 70), "%x" % 2 ** 70)
name = "total"
print("%-8s:%8.2f" % (name, 1234.5))
try:
    print("%d %d" % (1,))
except TypeError as e:
    print("TypeError", e)
try:
    print("%d" % "x")
except TypeError as e:
    print("TypeError", e)
try:
    print("%s %s" % ("a", "b", "c"))
except TypeError as e:
    print("TypeError", e)
