# Import failures: messages and exception attributes.
import sys

def show(e):
    # Strip the "(/abs/path/...)" suffix so recordings do not depend on the checkout.
    msg = str(e)
    if " (/" in msg:
        msg = msg[: msg.index(" (/")] + " (<path>)"
    print(type(e).__name__ + ":", msg, "| name =", e.name)

try:
    import no_such_module_kiln
except ModuleNotFoundError as e:
    show(e)
try:
    import _modules.no_such_sub
except ImportError as e:
    show(e)
try:
    import _modules.mod_a.not_a_package
except ModuleNotFoundError as e:
    show(e)
try:
    from _modules.mod_a import missing_name
except ImportError as e:
    show(e)
try:
    from _modules import missing_sub
except ImportError as e:
    show(e)
try:
    from math import no_such_function
except ImportError as e:
    show(e)
print(isinstance(ModuleNotFoundError(), ImportError))

# A module raising during import is not left in sys.modules and runs again next time.
for i in range(2):
    try:
        import _modules.raises
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e, "| in sys.modules:", "_modules.raises" in sys.modules)

# A syntax error in an imported module raises SyntaxError.
try:
    import _modules.bad_syntax
except SyntaxError as e:
    print(type(e).__name__, e.lineno, e.filename.endswith("bad_syntax.py"))
print("_modules.bad_syntax" in sys.modules)

# None in sys.modules blocks an import.
sys.modules["blocked_mod"] = None
try:
    import blocked_mod
except ImportError as e:
    show(e)

# The object in sys.modules after execution is what import returns.
import _modules.selfreplace as sr
print(sr)

import no_such_module_at_top_level
