print("circ_b: start")
import _modules.circ_a as ca
print("circ_b: sees circ_a.A_EARLY =", ca.A_EARLY)
print("circ_b: circ_a has A_LATE yet:", hasattr(ca, "A_LATE"))
try:
    from _modules.circ_a import A_LATE
except ImportError as e:
    print("circ_b: ImportError:", str(e).split(" (")[0], "|", e.name)
B = "b-value"


def b_func():
    return "b_func sees " + ca.A_LATE
