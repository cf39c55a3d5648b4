# The types module, PEP 585 generics (list[int]) and PEP 604 unions (int | None),
# as annotations in classes and dataclasses evaluate them.
import types
from dataclasses import dataclass, field


def f():
    pass


class C:
    def m(self):
        pass


print(isinstance(f, types.FunctionType), isinstance(C().m, types.MethodType))
print(isinstance(len, types.BuiltinFunctionType), isinstance(types, types.ModuleType))
print(types.NoneType, types.EllipsisType, types.NotImplementedType)
print(isinstance((x for x in []), types.GeneratorType), types.FunctionType.__name__)

ns = types.SimpleNamespace(a=1, b="two")
ns.c = [3]
print(ns, ns.a, ns == types.SimpleNamespace(a=1, b="two", c=[3]), ns != ns)
try:
    types.SimpleNamespace({"x": 1}, y=2)
except TypeError as e:
    print("TypeError", e)


class Sub(types.SimpleNamespace):
    pass


print(Sub(k=1))

# PEP 585 aliases.
print(list[int], dict[str, list[int]], tuple[int, ...], tuple[()], type[C], set[str])
alias = dict[str, int]
print(alias.__origin__, alias.__args__, alias.__parameters__, alias == dict[str, int])
print(alias(a=1), list[int]("ab"), hash(alias) == hash(dict[str, int]))
print(type(list[int]) is types.GenericAlias, types.GenericAlias(list, (int,)))
try:
    isinstance([], list[int])
except TypeError as e:
    print("TypeError", e)


class MyList(list[int]):
    pass


print(MyList.__mro__[1], MyList([1, 2]))

# PEP 604 unions.
u = int | str
print(u, u.__args__, type(u) is types.UnionType, int | None, None | int)
print(u == (str | int), int | int, (int | str) | float, int | list[int])
print(isinstance(3, int | str), isinstance(3.0, int | str), isinstance(None, int | None))
print(issubclass(bool, int | str), hash(int | str) == hash(str | int))
try:
    int | "str"
except TypeError as e:
    print("TypeError", e)
try:
    None | None
except TypeError as e:
    print("TypeError", e)


@dataclass
class Record:
    tags: list[str] = field(default_factory=list)
    owner: dict[str, int] | None = None
    score: float | int = 0


print(Record(), Record.__annotations__)

# Class-creation helpers.
Point = types.new_class("Point", (object,), {}, lambda ns: ns.update(x=1))
print(Point.__name__, Point.x, types.resolve_bases((int, list[int])))
meta, ns2, kw = types.prepare_class("X", (), {"metaclass": type})
print(meta, ns2, kw)
