# try/except/else/finally in all combinations.
def run(op):
    log = []
    try:
        log.append("try")
        if op == "raise":
            raise ValueError("boom")
        if op == "key":
            {}["k"]
    except ValueError as e:
        log.append("except " + str(e))
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log
print(run("ok"))
print(run("raise"))
try:
    run("key")
except KeyError as e:
    print("propagated", repr(e))
def only_finally(flag):
    out = []
    try:
        out.append("body")
        if flag:
            raise RuntimeError("x")
    finally:
        out.append("cleanup")
        print("finally ran with", out)
    return out
print(only_finally(False))
try:
    only_finally(True)
except RuntimeError as e:
    print("caught after finally:", e)
def else_raises():
    try:
        pass
    except Exception:
        print("not here")
    else:
        raise TypeError("from else")
    finally:
        print("finally after else")
try:
    else_raises()
except TypeError as e:
    print("TypeError", e)
def except_raises():
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("converted")
    finally:
        print("finally after except raised")
try:
    except_raises()
except ValueError as e:
    print("ValueError", e, type(e.__context__).__name__)
