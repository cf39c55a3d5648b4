class P: pass
a = P(); a.x = 1; a.y = 2
b = P(); b.y = 20; b.x = 10
c = P(); c.x = 100; c.y = 200
for o in (a, b, c):
    print(o.x, o.y, sorted(vars(o).items()))
def getx(o):
    return o.x
print(sum(getx(o) for o in [a, b, c] * 50))
b.z = 3
print(b.z, hasattr(a, "z"))
