# math functions on user types: __floor__/__ceil__/__trunc__, and __float__/__index__
# conversions (CPython's PyFloat_AsDouble), with their errors.
import math
class B:
    def __float__(self): return 2.5
class I:
    def __index__(self): return 7
class Bad:
    def __float__(self): return 3
class A:
    def __floor__(self): return 'f'
    def __ceil__(self): return 'c'
    def __trunc__(self): return 't'
for f in (math.floor, math.ceil, math.trunc, math.sqrt, math.sin, math.log):
    for v in (B(), I(), Bad(), A()):
        try: print(f.__name__, f(v))
        except TypeError as e: print(f.__name__, "TypeError", e)
