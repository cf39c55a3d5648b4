print("circ_a: start")
A_EARLY = "a-early"
import _modules.circ_b
print("circ_a: after importing circ_b; circ_b.B =", _modules.circ_b.B)
A_LATE = "a-late"


def use_b():
    return _modules.circ_b.b_func()
