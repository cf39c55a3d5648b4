# isinstance/issubclass, type(), mro and layout errors across container subclasses.
class L(list): pass
class D(dict): pass
class T(tuple): pass
class S(set): pass
class F(frozenset): pass
class LL(L): pass

class Mixin:
    def describe(self):
        return "%s with %d items" % (type(self).__name__, len(self))

class ML(Mixin, list): pass
class MD(dict, Mixin): pass

objs = [L([1]), D(a=1), T((1,)), S({1}), F({1}), LL([1, 2]), ML([1, 2, 3]), MD(x=1)]
for o in objs:
    print(type(o).__name__, isinstance(o, list), isinstance(o, dict), isinstance(o, tuple),
          isinstance(o, set), isinstance(o, frozenset), isinstance(o, Mixin))
print(ML([1, 2]).describe(), MD(a=1, b=2).describe())
print([c.__name__ for c in LL.__mro__], [c.__name__ for c in ML.__mro__], [c.__name__ for c in MD.__mro__])
print(issubclass(LL, L), issubclass(LL, list), issubclass(L, LL), issubclass(bool, int))
print(type(LL()) is LL, type(L()) is not list, type(L([1]) + [2]) is list)
for bases in [(list, dict), (list, tuple), (dict, set), (L, T)]:
    try:
        type("X", bases, {})
    except TypeError as e:
        print("TypeError", e)
try:
    object.__new__(L)
except TypeError as e:
    print("TypeError", e)
print(isinstance(L(), (dict, list)), L.__name__, L.__qualname__, L().__class__.__name__)
