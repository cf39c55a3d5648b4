"""`types.GenericAlias` (`list[int]`) and `types.UnionType` (`int | None`): Kiln's
own implementation of their documented behaviour. The runtime calls in here for
`BUILTIN[...]` (`GenericAlias`) and for `|` between types (`_union`)."""

_NoneType = type(None)


def _type_repr(obj):
    """How an alias shows one of its arguments (CPython's ga_repr_item)."""
    if obj is ...:
        return "..."
    if isinstance(obj, (GenericAlias, UnionType)):
        return repr(obj)
    if isinstance(obj, type):
        if obj.__module__ == "builtins":
            return obj.__qualname__
        return f"{obj.__module__}.{obj.__qualname__}"
    if isinstance(obj, list):
        return "[" + ", ".join(_type_repr(a) for a in obj) + "]"
    return repr(obj)


def _is_typevar(obj):
    return type(obj).__name__ in ("TypeVar", "ParamSpec", "TypeVarTuple")


def _collect_parameters(args):
    params = []
    for a in args:
        if _is_typevar(a):
            if a not in params:
                params.append(a)
        else:
            for p in getattr(a, "__parameters__", ()) if isinstance(a, (GenericAlias, UnionType)) else ():
                if p not in params:
                    params.append(p)
    return tuple(params)


def _check_values(alias, values):
    """The type arguments of `alias[values]` as a tuple, one per parameter."""
    params = alias.__parameters__
    if not params:
        raise TypeError(f"{alias!r} is not a generic class")
    if not isinstance(values, tuple):
        values = (values,)
    if len(values) != len(params):
        raise TypeError(f"Too {'many' if len(values) > len(params) else 'few'}"
                        f" arguments for {alias!r}; actual {len(values)}, "
                        f"expected {len(params)}")
    return values


def _substitute(args, params, values):
    subst = dict(zip(params, values))
    out = []
    for a in args:
        if _is_typevar(a):
            out.append(subst[a])
        elif isinstance(a, (GenericAlias, UnionType)) and a.__parameters__:
            out.append(a[tuple(subst[p] for p in a.__parameters__)])
        else:
            out.append(a)
    return tuple(out)


def _or(self, other):
    return _union(self, other)


def _ror(self, other):
    return _union(other, self)


class GenericAlias:
    """A parameterized builtin generic: `list[int]`, `dict[str, int]`."""
    __module__ = "types"

    def __init__(self, origin, args):
        if not isinstance(args, tuple):
            args = (args,)
        self.__origin__ = origin
        self.__args__ = args
        self.__parameters__ = _collect_parameters(args)

    def __repr__(self):
        if not self.__args__:
            return f"{_type_repr(self.__origin__)}[()]"
        return (f"{_type_repr(self.__origin__)}"
                f"[{', '.join(_type_repr(a) for a in self.__args__)}]")

    def __call__(self, *args, **kwargs):
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except (AttributeError, TypeError):
            pass
        return result

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __getattr__(self, name):
        if name.startswith("__") and name.endswith("__") and name not in (
                "__name__", "__qualname__", "__module__", "__doc__"):
            raise AttributeError(name)
        return getattr(self.__origin__, name)

    def __eq__(self, other):
        if not isinstance(other, GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash(self.__origin__) ^ hash(self.__args__)

    __or__ = _or
    __ror__ = _ror

    def __getitem__(self, values):
        values = _check_values(self, values)
        return GenericAlias(self.__origin__,
                            _substitute(self.__args__, self.__parameters__, values))

    def __instancecheck__(self, obj):
        raise TypeError("isinstance() argument 2 cannot be a parameterized generic")

    def __subclasscheck__(self, cls):
        raise TypeError("issubclass() argument 2 cannot be a parameterized generic")

    def __reduce__(self):
        return GenericAlias, (self.__origin__, self.__args__)


def _unionable(obj):
    return (obj is None or isinstance(obj, (type, GenericAlias, UnionType))
            or _is_typevar(obj))


def _union(a, b):
    """`a | b` for types (CPython's _Py_union_type_or): NotImplemented unless both
    sides are None, types, aliases, unions or type variables."""
    if not (_unionable(a) and _unionable(b)):
        return NotImplemented
    args = []
    for x in (a, b):
        parts = x.__args__ if isinstance(x, UnionType) else (x,)
        for p in parts:
            if p is None:
                p = _NoneType
            if p not in args:
                args.append(p)
    if len(args) == 1:
        return args[0]
    return UnionType(tuple(args))


class UnionType:
    """`X | Y` of types."""
    __module__ = "types"

    def __init__(self, args):
        self.__args__ = args
        self.__parameters__ = _collect_parameters(args)

    def __repr__(self):
        return " | ".join("None" if a is _NoneType else _type_repr(a)
                          for a in self.__args__)

    def __eq__(self, other):
        if not isinstance(other, UnionType):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    __or__ = _or
    __ror__ = _ror

    def __getitem__(self, values):
        values = _check_values(self, values)
        args = _substitute(self.__args__, self.__parameters__, values)
        result = args[0]
        for a in args[1:]:
            result = _union(result, a)
        return result

    def _check_args(self, what):
        for a in self.__args__:
            if isinstance(a, GenericAlias):
                raise TypeError(f"{what}() argument 2 cannot contain a parameterized generic")

    def __instancecheck__(self, obj):
        self._check_args("isinstance")
        return isinstance(obj, self.__args__)

    def __subclasscheck__(self, cls):
        self._check_args("issubclass")
        return issubclass(cls, self.__args__)
