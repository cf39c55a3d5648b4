# *args and argument unpacking.
def total(*nums):
    print("got", nums, type(nums).__name__)
    return sum(nums)
print(total(), total(1), total(1, 2, 3), total(*range(5)), total(*[1, 2], 3, *(4,)))
def head_tail(first, *rest):
    return first, rest
print(head_tail(1), head_tail(1, 2, 3), head_tail(*"abc"))
def fmt(template, *values, sep=", "):
    return template + sep.join(str(v) for v in values)
print(fmt("vals: ", 1, 2, 3), fmt("vals: ", 1, 2, sep="|"), fmt("none: "))
def apply(fn, *args):
    return fn(*args)
print(apply(max, 3, 9, 2), apply(len, "hello"), apply(pow, 2, 8))
args = (10, 3)
print(divmod(*args), pow(*args), list(range(*args)))
def count_args(*a, **k):
    return len(a), len(k)
print(count_args(), count_args(1, 2, x=3), count_args(*[0] * 10, **{str(i): i for i in range(4)}))
