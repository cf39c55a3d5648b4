# Importing helper modules from tests/programs/_modules (sys.path[0] is the script's directory).
import sys
import _modules.mod_a
print("after import: _modules bound:", "_modules" in dir())
print(_modules.mod_a.value, _modules.mod_a.get_value())
print(_modules.mod_a.__name__, _modules.mod_a.__package__)
print(_modules.__name__, _modules.__package__, _modules.loaded)
print(_modules.mod_a.__file__.endswith("/_modules/mod_a.py"))
print(_modules.__file__.endswith("/_modules/__init__.py"))
print(type(_modules.__path__).__name__, len(_modules.__path__))

# A second import does not re-execute; all spellings give the same object.
import _modules.mod_a as ma
from _modules import mod_a
print(ma is _modules.mod_a, mod_a is ma, sys.modules["_modules.mod_a"] is ma)
print(ma.bump(), mod_a.bump(), _modules.mod_a.counter)

# Module attributes are shared state.
ma.value = 7
print(mod_a.get_value())

# from-import of several names, with renaming.
from _modules.mod_a import value, get_value as g, _private
print(value, g(), _private)

# A module importing another one.
import _modules.mod_b
print(_modules.mod_b.twice())
print("_modules.mod_b" in sys.modules, "_modules.nothing" in sys.modules)

# Import inside a function binds a local.
def f():
    import _modules.mod_a as local_mod
    from _modules.mod_b import twice
    return local_mod.value, twice()
print(f())
print(type(ma).__name__)
