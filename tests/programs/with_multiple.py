# several context managers in one with statement
log = []

class CM:
    def __init__(self, name, fail_enter=False, suppress=False):
        self.name = name
        self.fail_enter = fail_enter
        self.suppress = suppress

    def __enter__(self):
        log.append("enter " + self.name)
        if self.fail_enter:
            raise RuntimeError("enter failed: " + self.name)
        return self.name.upper()

    def __exit__(self, et, ev, tb):
        log.append("exit %s (%s)" % (self.name, et.__name__ if et else None))
        return self.suppress

with CM("a") as a, CM("b") as b, CM("c") as c:
    log.append("body %s %s %s" % (a, b, c))
print(log)
log.clear()

with CM("a"), CM("b"):
    log.append("body")
print(log)
log.clear()

try:
    with CM("a") as a, CM("b", fail_enter=True) as b, CM("c") as c:
        log.append("body not reached")
except RuntimeError as e:
    log.append("caught " + str(e))
print(log)
log.clear()

try:
    with CM("a"), CM("b"), CM("c"):
        raise ValueError("in body")
except ValueError as e:
    log.append("caught " + str(e))
print(log)
log.clear()

# inner manager suppresses: outer sees a clean exit
with CM("outer"), CM("inner", suppress=True):
    raise KeyError("k")
log.append("after")
print(log)
log.clear()

# outer suppresses an exception from the inner enter
with CM("outer", suppress=True), CM("inner", fail_enter=True):
    log.append("never")
log.append("after2")
print(log)
log.clear()

# parenthesized form
with (
    CM("p1") as x,
    CM("p2") as y,
):
    log.append("paren body %s %s" % (x, y))
print(log)
log.clear()

# later managers can use earlier targets
class Derived:
    def __init__(self, base):
        self.base = base
    def __enter__(self):
        return self.base + "-derived"
    def __exit__(self, *a):
        log.append("exit derived")

with CM("base") as b, Derived(b) as d:
    log.append(d)
print(log)
