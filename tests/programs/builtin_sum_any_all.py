# sum() with start, any() and all().
print(sum([]), sum([1, 2, 3]), sum([1, 2, 3], 10), sum(range(101)), sum([0.5, 0.25]), sum([1, 2.5]), sum([True, True]))
print(sum([[1], [2, 3]], []), sum(((1,), (2,)), ()), sum(x * x for x in range(4)), sum([], 5), sum([10 ** 20, 1]))
print(sum([0.1] * 10), sum(range(10), start=-45))
print(any([]), any([0, "", None]), any([0, 1]), any("abc"), any([[]]), any([[0]]))
print(all([]), all([1, "x", [0]]), all([1, 0]), all(""), all([None]), all(range(1, 5)), all(range(5)))
checked = []
def probe(v):
    checked.append(v)
    return v > 2
print(any(probe(v) for v in [1, 2, 3, 4, 5]), checked)
checked.clear()
print(all(probe(v) for v in [5, 4, 1, 0]), checked)
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError", e)
