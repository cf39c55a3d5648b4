# min/max/sum/sorted/reversed/len/enumerate on lists.
a = [4, -2, 7, 0, 7, 3.5, -10]
print(len(a), min(a), max(a), sum(a), sum(a, 100), sorted(a), list(reversed(a)))
print(min(a, key=abs), max(a, key=lambda v: -v), sum([[1], [2, 3]], []), sum([0.1] * 3))
r = reversed(a)
print(next(r), next(r), list(r))
print(list(enumerate(a[:3])), list(zip(a, a[1:])))
print(max([], default="empty"), min([], default=None), max([[1, 2], [3]], key=len))
words = ["aa", "b", "cccc", "dd"]
print(max(words, key=len), min(words, key=len), sorted(words, key=len, reverse=True))
try:
    max([])
except ValueError as e:
    print("ValueError", e)
try:
    sum(["a", "b"])
except TypeError as e:
    print("TypeError", e)
print(list(map(abs, a)), list(filter(None, [0, 1, "", "x", None, [], [0]])))
print(any([]), all([]), any([0, 0, 1]), all([1, 2, 0]))
