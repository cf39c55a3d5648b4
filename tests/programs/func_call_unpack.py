# Calling with * and ** unpacking, and returning multiple values.
def stats(values):
    n = len(values)
    mean = sum(values) / n
    var = sum((v - mean) ** 2 for v in values) / n
    return n, mean, var, min(values), max(values)
n, mean, var, lo, hi = stats([2, 4, 4, 4, 5, 5, 7, 9])
print(n, mean, var, lo, hi)
result = stats([1, 2, 3])
print(result, type(result).__name__)
def build(*parts, **opts):
    sep = opts.get("sep", " ")
    return sep.join(str(p) for p in parts)
args = [1, 2, 3]
kwargs = {"sep": "+"}
print(build(*args), build(*args, **kwargs), build(*args, 4, *args, sep=""), build())
def nothing():
    pass
def early(x):
    if x:
        return
    return "late"
print(nothing(), early(1), early(0))
def swap(a, b):
    return b, a
print(swap(*swap(1, 2)), swap(*"xy"))
print(*range(5), sep=", ")
print(*"abc", *[1, 2], sep="|", end="\n--\n")
