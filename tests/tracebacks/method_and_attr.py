class O:
    pass
def f(o):
    return o.meth(1)
f(O())
