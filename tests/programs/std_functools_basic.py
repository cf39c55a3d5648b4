import functools
from functools import reduce, partial
import operator
print(reduce(operator.add, [1, 2, 3, 4]), reduce(operator.mul, range(1, 8), 1), reduce(lambda a, b: a + [b], "abc", []))
print(reduce(max, [3, 9, 2]), reduce(operator.add, [], 0), reduce(operator.add, [5]))
try:
    reduce(operator.add, [])
except TypeError as e:
    print("TypeError", e)
def power(base, exp, mod=None):
    return pow(base, exp, mod) if mod else base ** exp
sq = partial(power, exp=2)
cube = partial(power, exp=3)
print(sq(5), cube(2), sq(3, mod=5), [sq(i) for i in range(5)])
p2 = partial(power, 2)
print(p2(10), p2.func is power, p2.args, p2.keywords, sq.keywords)
pp = partial(p2, 3)
print(pp(), pp.args)
int2 = partial(int, base=2)
print(int2("1011"), int2("111"))
print(sorted(["b", "A", "c"], key=partial(str.lower)))
