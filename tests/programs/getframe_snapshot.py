# sys._getframe and traceback tb_frame: Kiln's frames are snapshots taken when asked
# for (code, line, globals, locals, f_back chain). Here each frame is taken as its
# function's last act, where a snapshot and CPython's live frame agree.
import sys


def inner(a, b=2):
    c = a + b
    return sys._getframe(), sys._getframe(1)


def outer():
    x = 1
    return inner(x)


f, g = outer()
print(f.f_code.co_name, sorted(f.f_locals), f.f_back.f_code.co_name, f.f_back.f_lineno)
print(g.f_code.co_name, g.f_lineno, g.f_globals is globals(), type(f).__name__)
print(f.f_back.f_back.f_code.co_name, f.f_back.f_back.f_back)
try:
    sys._getframe(50)
except ValueError as e:
    print("ValueError", e)
print(sys._getframe().f_code.co_name, sys._getframe().f_locals is globals())


def caller_name():
    return sys._getframe(1).f_code.co_name


def who():
    return caller_name()


print(who())


def fail():
    1 / 0


try:
    fail()
except ZeroDivisionError as e:
    tb = e.__traceback__
    print(tb.tb_frame.f_code.co_name, tb.tb_lineno, tb.tb_next.tb_frame.f_code.co_name,
          tb.tb_next.tb_frame.f_lineno, tb.tb_frame.f_globals is globals())
