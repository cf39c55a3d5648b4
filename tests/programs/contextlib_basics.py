# contextlib: contextmanager (enter/exit, exceptions in and out, suppression, as a
# decorator), suppress, closing, nullcontext, redirect_stdout, ExitStack.
import io
import sys
from contextlib import (contextmanager, suppress, closing, nullcontext,
                        redirect_stdout, ExitStack, AbstractContextManager,
                        ContextDecorator)

log = []


@contextmanager
def tag(name):
    log.append("enter " + name)
    try:
        yield name.upper()
    except KeyError as e:
        log.append("handled " + repr(e))
    finally:
        log.append("exit " + name)


with tag("a") as t:
    log.append("body " + t)
with tag("b"):
    raise KeyError("k")
try:
    with tag("c"):
        raise ValueError("v")
except ValueError as e:
    log.append("escaped " + str(e))
print(log)


@contextmanager
def no_yield():
    if False:
        yield


@contextmanager
def two_yields():
    yield 1
    yield 2


for cm in (no_yield, two_yields):
    try:
        with cm():
            pass
    except RuntimeError as e:
        print("RuntimeError:", e)


@contextmanager
def swallow_all():
    try:
        yield
    except Exception:
        pass


with swallow_all():
    1 / 0
print("swallowed")


@contextmanager
def reraises():
    try:
        yield
    except ZeroDivisionError as e:
        raise ArithmeticError("wrapped") from e


try:
    with reraises():
        1 / 0
except ArithmeticError as e:
    print("ArithmeticError", e, type(e.__cause__).__name__)


# StopIteration raised in the body is not confused with the generator ending.
@contextmanager
def passthrough():
    yield


try:
    with passthrough():
        raise StopIteration("body")
except StopIteration as e:
    print("StopIteration escaped:", e)


# As a decorator: a fresh generator per call.
@tag("deco")
def decorated(x):
    log.append("call %d" % x)
    return x * 2


log.clear()
print(decorated(1), decorated(2), log)
print(decorated.__name__)

with suppress(KeyError, IndexError):
    [][1]
print("after suppress")
try:
    with suppress(KeyError):
        raise ValueError("not suppressed")
except ValueError as e:
    print("ValueError", e)


class Resource:
    def close(self):
        print("closed")


with closing(Resource()) as r:
    print(type(r).__name__)
with nullcontext(42) as v:
    print("nullcontext", v)

buf = io.StringIO()
with redirect_stdout(buf):
    print("captured line")
print("captured:", repr(buf.getvalue()))

# ExitStack: LIFO, callbacks, exceptions replaced and suppressed.
with ExitStack() as stack:
    for name in "xyz":
        stack.enter_context(tag(name))
    stack.callback(log.append, "callback ran")
print(log[-5:])


def failing_cb():
    raise TypeError("from callback")


try:
    with ExitStack() as stack:
        stack.callback(failing_cb)
        raise KeyError("body")
except TypeError as e:
    print("TypeError", e, "context:", repr(e.__context__))

with ExitStack() as stack:
    stack.push(lambda *exc: True)
    raise RuntimeError("suppressed by push")
print("suppressed by ExitStack")

stack = ExitStack()
stack.callback(print, "deferred")
moved = stack.pop_all()
stack.close()
print("before moved close")
moved.close()


class Manual(AbstractContextManager):
    def __exit__(self, *exc):
        print("Manual exit", exc[0])


with Manual() as m:
    print(type(m).__name__)


class Timed(ContextDecorator):
    def __enter__(self):
        print("start")
        return self

    def __exit__(self, *exc):
        print("stop")


@Timed()
def work():
    print("working")


work()
try:
    ExitStack().enter_context(object())
except TypeError as e:
    print("TypeError", e)
