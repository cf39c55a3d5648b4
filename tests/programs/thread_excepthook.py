# threading.excepthook: a custom hook receives ExceptHookArgs; the default one is
# threading.__excepthook__; a hook that raises is reported; SystemExit is ignored.
import threading

seen = []


def hook(args):
    seen.append((args.exc_type.__name__, str(args.exc_value), args.thread.name,
                 args.exc_traceback is not None, len(args)))


def fail(msg):
    raise KeyError(msg)


threading.excepthook = hook
t = threading.Thread(target=fail, args=("first",), name="t1")
t.start()
t.join()
t = threading.Thread(target=lambda: 1 / 0, name="t2")
t.start()
t.join()
print(seen)
print(threading.__excepthook__ is not hook, callable(threading.__excepthook__))

a = threading.ExceptHookArgs((ValueError, ValueError("v"), None, None))
print(a.exc_type.__name__, a.exc_value, a.exc_traceback, a.thread, tuple(a)[0].__name__)


class Sub(threading.Thread):
    def run(self):
        raise OSError("from run")


s = Sub(name="sub")
s.start()
s.join()
print(seen[-1])

threading.excepthook = threading.__excepthook__
t = threading.Thread(target=fail, args=("default hook",), name="last")
t.start()
t.join()
print("done")
