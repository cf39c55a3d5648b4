"""Type hints (Kiln): the names programs use, all subscriptable, none enforced."""

import collections as _collections
import collections.abc as _abc

__all__ = ["Any", "AnyStr", "Callable", "ClassVar", "Dict", "Final", "FrozenSet",
           "Generator", "Generic", "Iterable", "Iterator", "List", "Literal",
           "Mapping", "NamedTuple", "NoReturn", "Optional", "Protocol", "Sequence",
           "Set", "Tuple", "Type", "TypeVar", "TypedDict", "Union", "cast",
           "overload", "TYPE_CHECKING", "no_type_check", "runtime_checkable",
           "get_type_hints", "final"]

TYPE_CHECKING = False


def _type_repr(obj):
    if isinstance(obj, type):
        if obj.__module__ == "builtins":
            return obj.__qualname__
        return f"{obj.__module__}.{obj.__qualname__}"
    if obj is None or obj is type(None):
        return "None"
    if isinstance(obj, list):
        return "[" + ", ".join([_type_repr(a) for a in obj]) + "]"
    if isinstance(obj, (type(len), type(_type_repr))):
        return obj.__name__
    return repr(obj)


class _GenericAlias:
    """X[args]: callable like its origin when the origin is a class."""

    def __init__(self, origin, name, args):
        self.__origin__ = origin
        self._name = name
        self.__args__ = args

    def __repr__(self):
        args = self.__args__
        if self._name == "Optional":
            return f"typing.Optional[{_type_repr(args[0])}]"
        return f"typing.{self._name}[{', '.join([_type_repr(a) for a in args])}]"

    def __getitem__(self, params):
        return _GenericAlias(self.__origin__, self._name, _as_tuple(params))

    def __call__(self, *args, **kwargs):
        if self.__origin__ is None:
            raise TypeError(f"Type {self._name} cannot be instantiated")
        return self.__origin__(*args, **kwargs)

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ is other.__origin__ and self._name == other._name and \
            self.__args__ == other.__args__

    def __hash__(self):
        return hash((self._name, self.__args__))

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


def _as_tuple(params):
    if isinstance(params, tuple):
        return params
    return (params,)


class _SpecialForm:
    """An unsubscripted typing name (List, Optional, ...)."""

    def __init__(self, name, origin=None, getitem=None):
        self._name = name
        self.__origin__ = origin
        self._getitem = getitem

    def __repr__(self):
        return f"typing.{self._name}"

    def __getitem__(self, params):
        if self._getitem is not None:
            return self._getitem(self, params)
        return _GenericAlias(self.__origin__, self._name, _as_tuple(params))

    def __call__(self, *args, **kwargs):
        if self.__origin__ is None:
            raise TypeError(f"Cannot instantiate typing.{self._name}")
        return self.__origin__(*args, **kwargs)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __instancecheck__(self, obj):
        if self.__origin__ is None:
            raise TypeError(f"typing.{self._name} cannot be used with isinstance()")
        return isinstance(obj, self.__origin__)


def _union_getitem(self, params):
    params = _as_tuple(params)
    flat = []
    for p in params:
        if isinstance(p, _GenericAlias) and p._name in ("Union", "Optional"):
            for a in p.__args__:
                if a not in flat:
                    flat.append(a)
        else:
            if p is None:
                p = type(None)
            if p not in flat:
                flat.append(p)
    if len(flat) == 1:
        return flat[0]
    if len(flat) == 2 and type(None) in flat:
        other = flat[0] if flat[1] is type(None) else flat[1]
        a = _GenericAlias(None, "Optional", (other, type(None)))
        a._name = "Optional"
        return a
    return _GenericAlias(None, "Union", tuple(flat))


def _optional_getitem(self, param):
    return Union[param, None]


def _callable_getitem(self, params):
    if not isinstance(params, tuple) or len(params) != 2:
        raise TypeError("Callable must be used as Callable[[arg, ...], result].")
    args, result = params
    return _CallableAlias(args, result)


class _CallableAlias(_GenericAlias):
    def __init__(self, args, result):
        if isinstance(args, list):
            flat = tuple(args) + (result,)
        else:
            flat = (args, result)
        _GenericAlias.__init__(self, _abc.Callable, "Callable", flat)
        self._cargs = args
        self._result = result

    def __repr__(self):
        a = self._cargs
        if isinstance(a, list):
            a = "[" + ", ".join([_type_repr(x) for x in a]) + "]"
        else:
            a = _type_repr(a)
        return f"typing.Callable[{a}, {_type_repr(self._result)}]"


def _literal_getitem(self, params):
    return _GenericAlias(None, "Literal", _as_tuple(params))


class _AnyType:
    def __repr__(self):
        return "typing.Any"

    def __instancecheck__(self, obj):
        raise TypeError("typing.Any cannot be used with isinstance()")


Any = _AnyType()
NoReturn = _SpecialForm("NoReturn")
Never = _SpecialForm("Never")
Self = _SpecialForm("Self")
LiteralString = _SpecialForm("LiteralString")
Union = _SpecialForm("Union", None, _union_getitem)
Optional = _SpecialForm("Optional", None, _optional_getitem)
Literal = _SpecialForm("Literal", None, _literal_getitem)
ClassVar = _SpecialForm("ClassVar")
Final = _SpecialForm("Final")
Annotated = _SpecialForm("Annotated")
TypeAlias = _SpecialForm("TypeAlias")
Concatenate = _SpecialForm("Concatenate")
TypeGuard = _SpecialForm("TypeGuard")
Callable = _SpecialForm("Callable", _abc.Callable, _callable_getitem)

List = _SpecialForm("List", list)
Dict = _SpecialForm("Dict", dict)
Set = _SpecialForm("Set", set)
FrozenSet = _SpecialForm("FrozenSet", frozenset)
Tuple = _SpecialForm("Tuple", tuple)
Type = _SpecialForm("Type", type)
Deque = _SpecialForm("Deque", _collections.deque)
DefaultDict = _SpecialForm("DefaultDict", _collections.defaultdict)
OrderedDict = _SpecialForm("OrderedDict", _collections.OrderedDict)
Counter = _SpecialForm("Counter", _collections.Counter)
ChainMap = _SpecialForm("ChainMap", _collections.ChainMap)
Iterable = _SpecialForm("Iterable", _abc.Iterable)
Iterator = _SpecialForm("Iterator", _abc.Iterator)
Generator = _SpecialForm("Generator", _abc.Generator)
Sequence = _SpecialForm("Sequence", _abc.Sequence)
MutableSequence = _SpecialForm("MutableSequence", _abc.MutableSequence)
Mapping = _SpecialForm("Mapping", _abc.Mapping)
MutableMapping = _SpecialForm("MutableMapping", _abc.MutableMapping)
AbstractSet = _SpecialForm("AbstractSet", _abc.Set)
MutableSet = _SpecialForm("MutableSet", _abc.MutableSet)
Collection = _SpecialForm("Collection", _abc.Collection)
Container = _SpecialForm("Container", _abc.Container)
Hashable = _abc.Hashable
Sized = _abc.Sized
Reversible = _SpecialForm("Reversible", _abc.Reversible)
KeysView = _SpecialForm("KeysView", _abc.KeysView)
ValuesView = _SpecialForm("ValuesView", _abc.ValuesView)
ItemsView = _SpecialForm("ItemsView", _abc.ItemsView)
Awaitable = _SpecialForm("Awaitable")
Coroutine = _SpecialForm("Coroutine")
AsyncIterator = _SpecialForm("AsyncIterator")
AsyncIterable = _SpecialForm("AsyncIterable")
AsyncGenerator = _SpecialForm("AsyncGenerator")
SupportsInt = _SpecialForm("SupportsInt")
SupportsFloat = _SpecialForm("SupportsFloat")
SupportsAbs = _SpecialForm("SupportsAbs")
SupportsIndex = _SpecialForm("SupportsIndex")
Text = str


class TypeVar:
    """Type variable: T = TypeVar('T', bound=..., covariant=...)."""

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__constraints__ = constraints
        self.__bound__ = bound
        self.__covariant__ = covariant
        self.__contravariant__ = contravariant

    def __repr__(self):
        if self.__covariant__:
            prefix = "+"
        elif self.__contravariant__:
            prefix = "-"
        else:
            prefix = "~"
        return prefix + self.__name__

    def __or__(self, other):
        return Union[self, other]


class ParamSpec(TypeVar):
    pass


AnyStr = TypeVar("AnyStr", str)


class _GenericBase:
    """Base class of classes written `class C(Generic[T])`; C[int] is C."""

    __slots__ = ()

    @classmethod
    def __class_getitem__(cls, params):
        return cls


class _GenericForm:
    def __repr__(self):
        return "typing.Generic"

    def __getitem__(self, params):
        return _GenericBase


Generic = _GenericForm()


_PROTO_EXCLUDED = frozenset([
    "__abstractmethods__", "__annotations__", "__weakref__", "_is_protocol",
    "_is_runtime_protocol", "__dict__", "__args__", "__slots__", "__next_in_mro__",
    "__parameters__", "__origin__", "__orig_bases__", "__extra__", "__tree_hash__",
    "__doc__", "__subclasshook__", "__init__", "__new__", "__module__",
    "_MutableMapping__marker", "_gorg", "__qualname__", "__class_getitem__",
    "__init_subclass__", "__classcell__"])


def _get_protocol_attrs(cls):
    """The names a protocol class declares (CPython 3.11's _get_protocol_attrs)."""
    attrs = set()
    for base in cls.__mro__[:-1]:
        if base.__name__ in ("Protocol", "Generic", "_GenericBase"):
            continue
        annotations = base.__dict__.get("__annotations__", {})
        for attr in list(base.__dict__.keys()) + list(annotations.keys()):
            if not attr.startswith("_abc_") and attr not in _PROTO_EXCLUDED:
                attrs.add(attr)
    return attrs


def _is_callable_members_only(cls):
    return all(callable(getattr(cls, attr, None)) for attr in _get_protocol_attrs(cls))


class _ProtocolMeta(type):
    """Metaclass of Protocol: isinstance() against a runtime-checkable protocol
    checks the instance's attributes (CPython 3.11's _ProtocolMeta.__instancecheck__)."""

    def __instancecheck__(cls, instance):
        if (getattr(cls, "_is_protocol", False)
                and not getattr(cls, "_is_runtime_protocol", False)):
            raise TypeError("Instance and class checks can only be used with"
                            " @runtime_checkable protocols")
        if ((not getattr(cls, "_is_protocol", False) or _is_callable_members_only(cls))
                and cls in type(instance).__mro__):
            return True
        if cls._is_protocol:
            if all(hasattr(instance, attr) and
                   (not callable(getattr(cls, attr, None)) or
                    getattr(instance, attr) is not None)
                   for attr in _get_protocol_attrs(cls)):
                return True
        return cls in type(instance).__mro__


class Protocol(_GenericBase, metaclass=_ProtocolMeta):
    """Base class for protocol classes: structural isinstance() checks for
    @runtime_checkable ones (static checks are the type checker's business)."""

    __slots__ = ()
    _is_protocol = True
    _is_runtime_protocol = False

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if not cls.__dict__.get("_is_protocol", False):
            cls._is_protocol = any(b is Protocol for b in cls.__bases__)


def runtime_checkable(cls):
    """Mark a protocol class as a runtime protocol (isinstance() checks its members)."""
    if not issubclass(cls, _GenericBase) or not getattr(cls, "_is_protocol", False):
        raise TypeError("@runtime_checkable can be only applied to protocol classes,"
                        " got %r" % cls)
    cls._is_runtime_protocol = True
    return cls


def cast(typ, val):
    """Cast a value to a type (returns the value unchanged)."""
    return val


def overload(func):
    return func


def final(f):
    return f


def no_type_check(arg):
    return arg


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    return dict(getattr(obj, "__annotations__", None) or {})


def get_origin(tp):
    return getattr(tp, "__origin__", None)


def get_args(tp):
    return getattr(tp, "__args__", ())


def NewType(name, tp):
    def new_type(x):
        return x
    new_type.__name__ = name
    new_type.__supertype__ = tp
    return new_type


def _namedtuple_from_annotations(cls):
    ann = cls.__dict__.get("__annotations__", {})
    fields = tuple(ann)
    defaults = {}
    for f in fields:
        if f in cls.__dict__:
            defaults[f] = cls.__dict__[f]
    cls._fields = fields
    cls._field_defaults = defaults
    for i, f in enumerate(fields):
        setattr(cls, f, _collections._field_property(i, f"Alias for field number {i}"))


class NamedTuple(_collections._NamedTupleBase):
    """Typed namedtuple: class P(NamedTuple): x: int; y: int = 0 (or NamedTuple('P', [...]))."""

    def __new__(cls, *args, **kwargs):
        if cls is NamedTuple:
            typename = args[0]
            fields = args[1] if len(args) > 1 else list(kwargs.items())
            return _collections.namedtuple(typename, [f for f, t in fields])
        return super().__new__(cls, *args, **kwargs)

    def __init_subclass__(cls, **kwargs):
        _namedtuple_from_annotations(cls)


class TypedDict:
    """class Movie(TypedDict): ...; Movie(name=...) returns a plain dict."""

    def __new__(cls, *args, **kwargs):
        return dict(*args, **kwargs)
