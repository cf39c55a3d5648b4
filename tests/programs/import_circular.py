# Circular imports see the partially initialised module.
import _modules.circ_a
print(_modules.circ_a.use_b())
print(_modules.circ_b.B, _modules.circ_a.A_LATE)
