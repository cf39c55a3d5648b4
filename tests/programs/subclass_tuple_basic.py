# tuple subclasses: construction, hashing, comparisons, slicing.
class T(tuple):
    pass

t = T([1, 2, 3])
print(t, type(t).__name__, len(t), t[0], t[-1], t[1:], type(t[1:]).__name__, type(t[:]).__name__)
print(T(), T("ab"), T(range(3)), tuple(T([1])) == (1,), type(tuple(T([1]))).__name__)
print(t == (1, 2, 3), (1, 2, 3) == t, t < (1, 3), t + (4,), type(t + (4,)).__name__, t * 2)
print(hash(t) == hash((1, 2, 3)), {t: 1}[(1, 2, 3)], {(1, 2, 3): 2}[t], 2 in t, t.index(3), t.count(1))
a, b, c = t
print(a, b, c, [*t], isinstance(t, tuple), issubclass(T, tuple))
t.note = "x"
print(t.note, t.__dict__)
print("%s-%s-%s" % t, "{}/{}/{}".format(*t), sorted(T([3, 1, 2])), max(t))
print(repr(T()), str(T([1])), T([1]) == T([1]), T((1,)) is not None)
