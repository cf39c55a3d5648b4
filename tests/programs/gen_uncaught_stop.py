# an uncaught RuntimeError from PEP 479 ends the program
def inner():
    yield "one"
    raise StopIteration("leaked")

def outer():
    got = yield from inner()
    yield got

total = []
g = outer()
total.append(next(g))
print(total)
print("about to fail")
next(g)
print("not reached")
