# reversed(range), list(range) and ranges in comprehensions.
print(list(reversed(range(5))), list(reversed(range(1, 10, 3))), list(reversed(range(10, 0, -4))), list(reversed(range(0))))
it = reversed(range(3))
print(next(it), next(it), next(it), next(it, "end"))
print([i * i for i in reversed(range(6))], tuple(range(3)), set(range(4)))
print(list(zip(range(3), reversed(range(3)))))
print([list(range(i)) for i in range(4)])
print(list(range(-3, 3))[::-1] == list(reversed(range(-3, 3))))
