# Bare raise re-raises the active exception.
def inner():
    raise KeyError("inner-key")
def middle():
    try:
        inner()
    except KeyError:
        print("middle saw it, re-raising")
        raise
try:
    middle()
except KeyError as e:
    print("outer caught", repr(e))
def conditional(v):
    try:
        return 10 // v
    except ZeroDivisionError as e:
        if v == 0:
            print("logging", e)
            raise
try:
    conditional(0)
except ZeroDivisionError as e:
    print("re-raised:", e)
print(conditional(3))
try:
    raise
except RuntimeError as e:
    print("RuntimeError", e)
def reraise_modified():
    try:
        int("bad")
    except ValueError as e:
        raise e
try:
    reraise_modified()
except ValueError as e:
    print("raise e:", e)
