# errors around __enter__ and objects that are not context managers
log = []

class EnterFails:
    def __enter__(self):
        log.append("enter")
        raise KeyError("from enter")
    def __exit__(self, *a):
        log.append("exit (should not run)")
        return True

try:
    with EnterFails():
        log.append("body (should not run)")
except KeyError as e:
    log.append("caught %r" % (e,))
print(log)
log.clear()

class NoExit:
    def __enter__(self):
        log.append("NoExit enter")
        return self

class NoEnter:
    def __exit__(self, *a):
        return True

for obj in [NoExit(), NoEnter(), 42, "s", None]:
    try:
        with obj:
            log.append("body")
    except TypeError as e:
        print("TypeError:", e)
    except AttributeError as e:
        print("AttributeError:", e)
print(log)
log.clear()

# __exit__ with the wrong signature fails when called
class BadExit:
    def __enter__(self):
        return self
    def __exit__(self):
        return True

try:
    with BadExit():
        log.append("bad exit body")
except TypeError as e:
    print("TypeError from __exit__ call")
print(log)
log.clear()

# __enter__ result is bound even if it is None
class ReturnsNone:
    def __enter__(self):
        pass
    def __exit__(self, *a):
        pass

with ReturnsNone() as r:
    print("r is", r)

# the exit method is fetched before __enter__ runs
class Tricky:
    def __enter__(self):
        log.append("tricky enter")
        Tricky.__exit__ = lambda self, *a: log.append("replaced exit")
        return self
    def __exit__(self, *a):
        log.append("original exit")

with Tricky():
    pass
print(log)
log.clear()
with Tricky():
    pass
print(log)
