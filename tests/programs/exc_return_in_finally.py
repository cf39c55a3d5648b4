# return inside finally overrides returns and swallows exceptions.
def override():
    try:
        return "try"
    finally:
        return "finally"
print(override())
def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
print(swallow())
def swallow_in_except():
    try:
        1 / 0
    except ZeroDivisionError:
        raise KeyError("also lost")
    finally:
        return "finally wins"
print(swallow_in_except())
def loop_break_in_finally():
    for i in range(3):
        try:
            raise RuntimeError(i)
        finally:
            break
    return "broke out at " + str(i)
print(loop_break_in_finally())
def counter():
    n = 0
    for i in range(5):
        try:
            if i % 2:
                continue
            n += 10
        finally:
            n += 1
    return n
print(counter())
