# Packages: __init__ with relative imports, sub-packages, sibling and parent imports.
import _modules.pkg
print(_modules.pkg.PKG_NAME, _modules.pkg.SUB_CONST, _modules.pkg.helper(1))
print(_modules.pkg.sub.__name__, _modules.pkg.sub.__package__)
print(_modules.pkg.__package__, _modules.pkg.__name__)

from _modules.pkg.deep import leaf
print(leaf.LEAF)
print(leaf.SAME, leaf.__package__)
import _modules.pkg.deep
print(_modules.pkg.deep.leaf is leaf, _modules.pkg.other.RESULT)

# from package import submodule (not yet imported) loads it.
from _modules.pkg.deep import sibling
print(sibling.NAME)

# Relative import beyond the top-level package.
try:
    import _modules.pkg.deep.beyond
except ImportError as e:
    print(type(e).__name__, e)

# A relative import in the main script: no parent package.
try:
    from . import anything
except ImportError as e:
    print(type(e).__name__, e)
try:
    from .mod import thing
except ImportError as e:
    print(type(e).__name__, e)
