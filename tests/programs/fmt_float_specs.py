# Exponent, general and percent format types for many values.
vals = [0.0, 1.0, -1.5, 0.1, 1 / 3, 123456.789, 1e16, 1e-5, 2.5e-8, 1.5e300, 100.0, 999999.5, 0.00012345]
for v in vals:
    print(repr(v), f"{v:e}", f"{v:.3e}", f"{v:g}", f"{v:.3g}", f"{v:.10g}", f"{v:%}"[:18], f"{v:f}"[:24])
for v in vals[:8]:
    print("%e|%g|%.2g|%10.4f|%-12.1e|" % (v, v, v, v, v))
print(format(1e22, "f"), format(1e-6, ".8f"), format(12345.6789, ".2e"), format(0.5, ".0e"))
print(f"{1.0:.0%} {0.123456:.3%} {2:%}")
print(str(1e16), f"{1e16}", f"{1e16:}", "%s" % 1e16, "%r" % 0.1)
