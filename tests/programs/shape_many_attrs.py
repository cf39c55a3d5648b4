class Big: pass
b = Big()
for i in range(50):
    setattr(b, "a%d" % i, i * i)
print(b.a0, b.a31, b.a32, b.a49, len(vars(b)))
print(sum(getattr(b, "a%d" % i) for i in range(50)))
b.a10 = -1
del b.a20
print(b.a10, hasattr(b, "a20"), len(vars(b)))
c = Big()
for i in range(40):
    setattr(c, "k%d" % (39 - i), i)
print(c.k0, c.k39, sorted(vars(c))[:3])
