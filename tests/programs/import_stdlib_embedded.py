# Modules of the (embedded) standard library and importlib / __import__.
import keyword
print(keyword.iskeyword("while"), keyword.iskeyword("match"), keyword.issoftkeyword("match"))
print(len(keyword.kwlist), keyword.kwlist[:5], keyword.softkwlist)
from keyword import kwlist as kl
print(kl is keyword.kwlist)

import importlib
m = importlib.import_module("_modules.mod_a")
print(m.__name__, m.value)
print(importlib.import_module(".sub", "_modules.pkg").CONST)
print(importlib.import_module("math").floor(2.5))

top = __import__("_modules.mod_a")
print(top.__name__)
sub = __import__("_modules.pkg.deep", globals(), None, ["sibling"])
print(sub.__name__, sub.sibling.NAME)
try:
    importlib.import_module("no_such_mod_x")
except ImportError as e:
    print(type(e).__name__, e)
