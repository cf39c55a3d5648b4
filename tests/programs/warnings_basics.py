# warnings: filters and actions, the once-per-location registry, catch_warnings
# (record=True), stacklevel, error escalation, formatwarning and showwarning hooks.
import warnings


def deprecated_api():
    warnings.warn("old api", DeprecationWarning, stacklevel=2)


def show(w):
    for m in w:
        print(m.category.__name__, str(m.message), m.lineno)


with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn("first")
    warnings.warn("second", RuntimeWarning)
    deprecated_api()
    warnings.warn(UserWarning("instance"))
show(w)

with warnings.catch_warnings(record=True) as w:
    # The defaults: "default" shows each location once.
    for i in range(3):
        warnings.warn("looped")
    warnings.warn("ignored", PendingDeprecationWarning)
show(w)

with warnings.catch_warnings(record=True) as w:
    warnings.filterwarnings("ignore", message="spam.*")
    warnings.warn("spam and eggs")
    warnings.warn("eggs only")
    warnings.filterwarnings("ignore", category=RuntimeWarning)
    warnings.warn("runtime", RuntimeWarning)
    warnings.warn("bytes", BytesWarning)
show(w)

with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("now an error", FutureWarning)
    except FutureWarning as e:
        print("raised", type(e).__name__, e)

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("once")
    for i in range(2):
        warnings.warn("once only")
        warnings.warn("once only")
show(w)

print(warnings.formatwarning("msg", UserWarning, "file.py", 12, "  source line  "), end="")


def my_show(message, category, filename, lineno, file=None, line=None):
    print("custom:", category.__name__, message, lineno)


with warnings.catch_warnings():
    warnings.simplefilter("always")
    warnings.showwarning = my_show
    warnings.warn("through the hook")
print(warnings.showwarning is warnings._showwarning_orig)

try:
    warnings.warn("bad", category=int)
except TypeError as e:
    print("TypeError", e)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn("details")
print(str(w[0]).replace(__file__, "FILE"))
