# Exception groups (PEP 654): construction rules, message/exceptions, str/repr,
# derive/split/subgroup (types, tuples, predicates, nesting, copied cause/notes).
eg = ExceptionGroup('m', [ValueError(1), ValueError(2)])
print(eg.subgroup(ValueError) is eg, eg.split(ValueError)[0] is eg, eg.subgroup(lambda e: True) is eg)
eg2 = ExceptionGroup('m', [ValueError(1), ExceptionGroup('n', [TypeError(2), ValueError(3)])])
m, r = eg2.split(ValueError); print(repr(m), repr(r))
print(repr(eg2.subgroup(TypeError)), eg2.subgroup(KeyError))
print(repr(BaseExceptionGroup('x', [ValueError()])), type(BaseExceptionGroup('x', [KeyboardInterrupt()])).__name__)
print(str(eg2), eg2.args, eg2.exceptions, eg2.message)
print(ExceptionGroup.__mro__)
for a in [('m',), ('m', []), (1, [ValueError()]), ('m', {ValueError()}), ('m', [1]), ('m', [KeyboardInterrupt()])]:
    try: ExceptionGroup(*a)
    except Exception as e: print(type(e).__name__, e)
try: eg.split(1)
except Exception as e: print(type(e).__name__, e)
class MyEG(ExceptionGroup): pass
x = MyEG('q', [ValueError(1), TypeError(2)])
print(type(x.split(ValueError)[0]).__name__, type(x.derive([ValueError()])).__name__, type(x).__name__, str(x))
try: MyEG('q', [KeyboardInterrupt()])
except Exception as e: print(type(e).__name__, e)
e1 = ExceptionGroup('c', [ValueError(1), TypeError(2)])
e1.__cause__ = KeyError('k'); e1.add_note('note1')
m, r = e1.split(TypeError)
print(repr(m.__cause__), m.__notes__, r.__notes__)
print(isinstance(eg, Exception), issubclass(BaseExceptionGroup, Exception), isinstance(eg, BaseExceptionGroup))
try:
    raise ExceptionGroup("boom", [ValueError("a")])
except ExceptionGroup as e:
    print("caught", e, e.exceptions)
try:
    raise BaseExceptionGroup("b", [KeyboardInterrupt()])
except Exception:
    print("wrong")
except BaseExceptionGroup as e:
    print("caught base", repr(e))
print(ExceptionGroup("one", [ValueError()]))
print(eg.split((ValueError, TypeError))[1], eg.subgroup(lambda e: isinstance(e, ValueError) and e.args[0] == 2))
