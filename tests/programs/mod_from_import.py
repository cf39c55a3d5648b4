# from math import names.
from math import sqrt, pi, floor, ceil
from math import e as euler, inf
print(sqrt(2), pi, floor(2.7), ceil(2.1), euler, inf, -inf)
def hyp(a, b):
    return sqrt(a * a + b * b)
print(hyp(5, 12), hyp(8, 15))
from sys import maxsize
print(maxsize == 2 ** 63 - 1, maxsize > 0)
try:
    from math import does_not_exist
except ImportError as e:
    print("ImportError", type(e).__name__)
