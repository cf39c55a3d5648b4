# Positional-only parameters.
def divide(a, b, /):
    return a / b
print(divide(10, 4))
try:
    divide(a=10, b=4)
except TypeError as e:
    print("TypeError", e)
def combo(a, /, b, *, c):
    return (a, b, c)
print(combo(1, 2, c=3), combo(1, b=2, c=3))
try:
    combo(1, 2, 3)
except TypeError as e:
    print("TypeError", e)
def pos_with_default(x, y=5, /, z=0):
    return x + y + z
print(pos_with_default(1), pos_with_default(1, 2), pos_with_default(1, 2, 3), pos_with_default(1, z=10))
def kw_named_like_pos(name, /, **kw):
    return name, kw
print(kw_named_like_pos("pos", name="kw"))
