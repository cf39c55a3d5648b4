import _modules.mod_a
from _modules.mod_a import get_value as gv

print("executing mod_b, mod_a.value =", _modules.mod_a.value)


def twice():
    return 2 * gv()
