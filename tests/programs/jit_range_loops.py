# `for i in range(...)`: the JIT makes the range iterator at once (no range object)
# when the callee is the builtin range and the arguments are small ints; everything
# else must behave exactly as the call followed by iter().
import builtins


def loops(n):
    out = []
    for i in range(n):
        s = 0
        for j in range(i):
            s += j
        for j in range(i, n):
            s -= j
        for j in range(n, i, -2):
            s += j * 3
        for j in range(-i, i, 3):
            s ^= j
        out.append(s)
    return out


print(loops(12))
print(loops(0), loops(1))


def edge(args_list):
    res = []
    for args in args_list:
        try:
            if len(args) == 1:
                first = []
                for x in range(args[0]):
                    if len(first) == 5:
                        break
                    first.append(x)
                res.append(first)
            elif len(args) == 2:
                res.append(sum(x for x in range(args[0], args[1])))
            else:
                t = 0
                for x in range(args[0], args[1], args[2]):
                    t += 1
                res.append(t)
        except (TypeError, ValueError, OverflowError) as e:
            res.append("%s: %s" % (type(e).__name__, e))
    return res


print(edge([(5,), (-3,), (2, 9), (9, 2), (0, 10, 3), (10, 0, -3), (1, 5, 0)]))
print(edge([(2.5,), ("3",), (True,), (2**60,), (2**60, 2**60 + 3), (0, 2**62, 2**60)]))


class Idx:
    def __index__(self):
        return 4


print(edge([(Idx(),), (1, Idx()), (0, 8, Idx())]))


def count(n):
    t = 0
    for i in range(n):
        t += i
    return t


print(count(100))
# `range` shadowed by a global, then restored.
range = lambda n: [10] * n
print(count(3))
del range
print(count(4))
# ... and by a builtin replaced.
orig = builtins.range
builtins.range = lambda *a: iter(("patched",) + a)
print([x for x in range(5)])
builtins.range = orig
print(count(6))


class Holder:
    range = range


def via_attr(h, n):
    return [i for i in h.range(n)]


print(via_attr(Holder(), 4), via_attr(Holder, 3))

# A range object itself is still a range when not iterated at once.
r = range(2, 8, 2)
print(r, len(r), list(r), 4 in r, r[1], r[-1])
for k in range(3):
    it = iter(range(k, k + 2))
    print(type(it).__name__, list(it))
