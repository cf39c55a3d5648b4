# Conditional expressions.
for n in range(-2, 3):
    print(n, "pos" if n > 0 else "zero" if n == 0 else "neg", n if n >= 0 else -n)
vals = [x if x % 2 else -x for x in range(8)]
print(vals)
sign = lambda v: 1 if v > 0 else (-1 if v < 0 else 0)
print([sign(v) for v in [-3, 0, 2.5, -0.0]])
def side_effect(msg, val):
    print("eval", msg)
    return val
r = side_effect("then", 1) if side_effect("cond", False) else side_effect("else", 2)
print(r)
print(("a" if True else "b") + ("c" if False else "d"), [1, 2][0 if True else 1])
