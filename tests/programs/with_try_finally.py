# with combined with try/except/finally: ordering
log = []

class CM:
    def __init__(self, tag, suppress=False):
        self.tag = tag
        self.suppress = suppress
    def __enter__(self):
        log.append("enter " + self.tag)
        return self
    def __exit__(self, et, ev, tb):
        log.append("exit %s %s" % (self.tag, et.__name__ if et else None))
        return self.suppress

def case1():
    try:
        with CM("a"):
            log.append("body")
            raise ValueError
    except ValueError:
        log.append("except")
    finally:
        log.append("finally")

case1(); print(log); log.clear()

def case2():
    with CM("b"):
        try:
            log.append("try")
            raise KeyError
        except KeyError:
            log.append("except")
            raise IndexError
        finally:
            log.append("finally")

try:
    case2()
except IndexError:
    log.append("caller caught IndexError")
print(log); log.clear()

def case3():
    try:
        with CM("c"):
            return "r"
    finally:
        log.append("finally after exit")

print(case3(), log); log.clear()

def case4():
    try:
        with CM("d", suppress=True):
            raise ValueError
    finally:
        log.append("finally")
    log.append("after try")
    return "ok"

print(case4(), log); log.clear()

# __exit__ raising replaces the exception
class Raising:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        log.append("raising exit saw %s" % (et.__name__ if et else None))
        raise RuntimeError("from exit")

try:
    with Raising():
        raise ValueError("original")
except RuntimeError as e:
    print("RuntimeError:", e, "context:", type(e.__context__).__name__, e.__context__)
print(log); log.clear()

try:
    with Raising():
        log.append("clean body")
except RuntimeError as e:
    print("RuntimeError:", e, "context:", e.__context__)
print(log); log.clear()

# finally inside with, with inside finally
def case5():
    try:
        log.append("try")
    finally:
        with CM("in-finally"):
            log.append("finally body")

case5(); print(log); log.clear()

def case6():
    with CM("outer"):
        try:
            return 1
        finally:
            log.append("inner finally")

print(case6(), log); log.clear()

# exception inside except handler inside with
def case7():
    with CM("e", suppress=True):
        try:
            1 / 0
        except ZeroDivisionError:
            log.append("handling")
            [][0]
    return "suppressed IndexError"

print(case7(), log); log.clear()

# sys.exc_info style: the exception being handled is visible in __exit__? no: check in body
import sys
class ExcInfo:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        info = sys.exc_info()
        log.append("exc_info in exit: %s" % (info[0].__name__ if info[0] else None))
        return True

with ExcInfo():
    raise OSError("os")
with ExcInfo():
    pass
print(log)
