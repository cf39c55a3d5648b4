"""enum for Kiln: Enum members as class attributes, CPython 3.11's behaviour for them.

Supported: class attributes become members (instances of the class, in definition
order) with `name`/`value` (`_name_`/`_value_`), CPython's repr/str/format, hashing by
name, identity equality, lookup by value (`Color(1)`, ValueError "3 is not a valid
Color"), aliases (a repeated value names the first member), `auto()`, `__members__`,
`_member_names_`, `unique`, methods and properties on members, subclassing an enum
without members, deepcopy/copy returning the member.

Not supported, because CPython implements them on the metaclass (EnumMeta) and Kiln
has no user metaclasses yet: iterating over or taking len() of the class, `Color['RED']`,
`member in Color` (they fail with the TypeError any class gives), and the class's own
repr (`<enum 'Color'>` in CPython, `<class '__main__.Color'>` here). IntEnum, StrEnum and
Flag need int/str subclasses and are not provided.
"""

__all__ = ["Enum", "auto", "unique", "EnumMeta", "EnumType"]


class auto:
    """Instances are replaced with an appropriate value (the last int value + 1)."""

    _next = None

    def __repr__(self):
        return "auto(%r)" % (self._next,)


class _Members(dict):
    """`__members__`: name -> member, read-only like CPython's mappingproxy."""

    def __setitem__(self, key, value):
        raise TypeError("'mappingproxy' object does not support item assignment")


def _is_descriptor(obj):
    # Functions are descriptors in CPython (they have __get__); Kiln's do not expose it.
    return (hasattr(obj, "__get__") or hasattr(obj, "__set__")
            or hasattr(obj, "__delete__")
            or isinstance(obj, (staticmethod, classmethod, property))
            or type(obj).__name__ in ("function", "builtin_function_or_method"))


def _is_dunder(name):
    return (len(name) > 4 and name[:2] == name[-2:] == "__"
            and name[2] != "_" and name[-3] != "_")


def _is_sunder(name):
    return (len(name) > 2 and name[0] == name[-1] == "_"
            and name[1:2] != "_" and name[-2:-1] != "_")


def _is_private(cls_name, name):
    pattern = "_%s__" % (cls_name.lstrip("_"),)
    return len(name) > len(pattern) and name.startswith(pattern)


class Enum:
    """Create a collection of name/value pairs."""

    def __init_subclass__(cls, **kwds):
        super().__init_subclass__(**kwds)
        for base in cls.__mro__[1:]:
            if base is not Enum and base.__dict__.get("_member_names_"):
                raise TypeError("<enum %r> cannot extend <enum %r>"
                                % (cls.__name__, base.__name__))
        members = _Members()
        names = []
        value2member = {}
        last = 0
        for name, value in list(cls.__dict__.items()):
            if (_is_dunder(name) or _is_sunder(name) or _is_private(cls.__name__, name)
                    or _is_descriptor(value) or isinstance(value, type)):
                continue
            if isinstance(value, auto):
                value = last + 1 if isinstance(last, int) else 1
            if isinstance(value, int) and not isinstance(value, bool):
                last = value
            if value in value2member:
                member = value2member[value]
            else:
                member = object.__new__(cls)
                member._name_ = name
                member._value_ = value
                member._sort_order_ = len(names)
                if "__init__" in cls.__dict__:
                    args = value if isinstance(value, tuple) else (value,)
                    cls.__dict__["__init__"](member, *args)
                value2member[value] = member
                names.append(name)
            dict.__setitem__(members, name, member)
            setattr(cls, name, member)
        cls._member_names_ = names
        cls._member_map_ = members
        cls._value2member_map_ = value2member
        cls.__members__ = members

    def __new__(cls, value):
        if type(value) is cls:
            return value
        members = cls.__dict__.get("_value2member_map_")
        if members is not None:
            try:
                return members[value]
            except (KeyError, TypeError):
                pass
            for member in members.values():
                if member._value_ == value:
                    return member
        raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))

    def __init__(self, *args, **kwds):
        pass

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return self._value_

    def __repr__(self):
        return "<%s.%s: %r>" % (type(self).__name__, self._name_, self._value_)

    def __str__(self):
        return "%s.%s" % (type(self).__name__, self._name_)

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return type(self), (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __dir__(self):
        return ["__class__", "__doc__", "__module__", "name", "value"]


def unique(enumeration):
    """Class decorator: no two members may share a value."""
    duplicates = []
    for name, member in enumeration.__members__.items():
        if name != member.name:
            duplicates.append((name, member.name))
    if duplicates:
        alias_details = ", ".join("%s -> %s" % (alias, name) for (alias, name) in duplicates)
        raise ValueError("duplicate values found in <enum %r>: %s"
                         % (enumeration.__name__, alias_details))
    return enumeration


def _no_metaclass(*args, **kwds):
    raise NotImplementedError("enum metaclasses are not supported by this runtime")


EnumMeta = EnumType = _no_metaclass
