import itertools
from itertools import count, cycle, repeat, islice
print(list(islice(count(), 5)), list(islice(count(10, 3), 4)), list(islice(count(1.5, 0.5), 3)), list(islice(count(5, -2), 4)))
print(list(islice(cycle("abc"), 8)), list(cycle([])), list(repeat("x", 3)), list(repeat(1, 0)), list(repeat(1, -2)))
print(list(islice(repeat(7), 4)), list(map(pow, range(5), repeat(2))))
for i, c in zip(count(1), "xyz"):
    print(i, c)
try:
    count("a")
except TypeError as e:
    print("TypeError", e)
