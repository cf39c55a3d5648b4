from itertools import accumulate, chain
import operator
print(list(accumulate([1, 2, 3, 4, 5])), list(accumulate([1, 2, 3, 4], operator.mul)), list(accumulate([])))
print(list(accumulate([3, 1, 4, 1, 5, 9, 2], max)), list(accumulate([1, 2, 3], initial=100)), list(accumulate([], initial=7)))
print(list(accumulate("abc")), list(accumulate([1.5, 2.5], lambda a, b: a * 2 + b)))
print(list(chain("ab", [1, 2], (3,), range(2))), list(chain()), list(chain.from_iterable(["abc", "de", []])))
print(list(chain.from_iterable([x] * x for x in range(4))))
gen = (i * i for i in range(3))
print(list(chain(gen, gen)))
