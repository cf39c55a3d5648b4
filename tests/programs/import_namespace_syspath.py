# Namespace packages (directories without __init__.py) and sys.path changes.
import sys
print(type(sys.path).__name__, sys.path[0] == __file__.rsplit("/", 1)[0])

import _modules.ns.inner.mod
print(_modules.ns.inner.mod.WHERE)
print(_modules.ns.__file__, len(_modules.ns.__path__))

sys.path.insert(0, __file__.rsplit("/", 1)[0] + "/_modules/extra")
import extra_mod
print(extra_mod.EXTRA, extra_mod.__name__)
sys.path.pop(0)

# Modules can be deleted from sys.modules and imported afresh.
del sys.modules["extra_mod"]
try:
    import extra_mod as again
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
