# import math as m, import sys as system.
import math as m
import sys as system
print(m.sqrt(81), m.pi, m.floor(3.9), m.fabs(-2.5))
print(system.maxsize, len(system.argv), type(system.argv).__name__)
import time as t
start = t.time()
print(type(start).__name__, start > 1_000_000_000)
mods = [m, system, t]
print([type(x).__name__ for x in mods])
print(m.__name__, system.__name__, t.__name__)
