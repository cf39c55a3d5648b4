"""enum for Kiln: Enum with its metaclass (EnumType), CPython 3.11's behaviour.

Members are made by EnumType.__new__ from the class body's plain attributes, in
definition order: `name`/`value` (`_name_`/`_value_`), aliases (a repeated value names
the first member), `auto()`, lookup by value (`Color(1)`, `_missing_`), by name
(`Color['RED']`), iteration, len(), `in`, `__members__`, `<enum 'Color'>`, CPython's
member repr/str/format, hashing by name, reassignment guards, `unique`, methods and
properties on members, copy/deepcopy returning the member.

Not provided: IntEnum, StrEnum and the Flag family (they subclass int/str, which Kiln
does not support yet), the functional API (`Enum('Color', 'RED GREEN')`: a
NotImplementedError), `_generate_next_value_` overrides, `_ignore_`.
"""

__all__ = ["EnumType", "EnumMeta", "Enum", "auto", "unique"]


class auto:
    """Instances are replaced with an appropriate value (the last int value + 1)."""

    def __repr__(self):
        return "auto(...)"


class _MappingProxy(dict):
    """`__members__`: a read-only view that prints like CPython's mappingproxy."""

    def __setitem__(self, key, value):
        raise TypeError("'mappingproxy' object does not support item assignment")

    def __delitem__(self, key):
        raise TypeError("'mappingproxy' object does not support item deletion")

    def __repr__(self):
        return "mappingproxy(" + dict.__repr__(self) + ")"

    def __str__(self):
        return dict.__repr__(self)


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


class EnumType(type):
    """Metaclass for Enum."""

    def __new__(metacls, cls, bases, classdict, **kwds):
        members = []
        for name, value in list(classdict.items()):
            if (_is_dunder(name) or _is_sunder(name) or _is_private(cls, name)
                    or _is_descriptor(value) or isinstance(value, type)):
                continue
            members.append((name, value))
            del classdict[name]
        for base in bases:
            if isinstance(base, EnumType) and base._member_names_:
                raise TypeError("<enum %r> cannot extend <enum %r>" % (cls, base.__name__))
        enum_class = super().__new__(metacls, cls, bases, classdict, **kwds)
        type.__setattr__(enum_class, "_member_names_", [])
        type.__setattr__(enum_class, "_member_map_", {})
        type.__setattr__(enum_class, "_value2member_map_", {})
        last = 0
        init = enum_class.__dict__.get("__init__")
        for name, value in members:
            if isinstance(value, auto):
                value = last + 1 if isinstance(last, int) else 1
            if isinstance(value, int) and not isinstance(value, bool):
                last = value
            member = None
            for existing in enum_class._member_map_.values():
                if existing._value_ == value:
                    member = existing
                    break
            if member is None:
                member = object.__new__(enum_class)
                member._name_ = name
                member._value_ = value
                member._sort_order_ = len(enum_class._member_names_)
                if init is not None:
                    init(member, *(value if isinstance(value, tuple) else (value,)))
                enum_class._member_names_.append(name)
                try:
                    enum_class._value2member_map_[value] = member
                except TypeError:
                    pass
            enum_class._member_map_[name] = member
            type.__setattr__(enum_class, name, member)
        return enum_class

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None,
                 start=1, boundary=None):
        if names is not None:
            raise NotImplementedError(
                "the functional Enum API is not supported by this runtime")
        return cls.__new__(cls, value)

    def __bool__(cls):
        return True

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            raise TypeError(
                "unsupported operand type(s) for 'in': '%s' and '%s'" % (
                    type(member).__qualname__, cls.__class__.__qualname__))
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError("%r cannot delete member %r." % (cls.__name__, attr))
        super().__delattr__(attr)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    @property
    def __members__(cls):
        return _MappingProxy(cls._member_map_)

    def __repr__(cls):
        return "<enum %r>" % (cls.__name__,)

    def __setattr__(cls, name, value):
        member_map = cls.__dict__.get("_member_map_", {})
        if name in member_map:
            raise AttributeError("cannot reassign member %r" % (name,))
        super().__setattr__(name, value)


EnumMeta = EnumType


class Enum(metaclass=EnumType):
    """Create a collection of name/value pairs."""

    def __new__(cls, value):
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except (KeyError, TypeError):
            pass
        for member in cls._member_map_.values():
            if member._value_ == value:
                return member
        result = cls._missing_(value)
        if isinstance(result, cls):
            return result
        if result is None:
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        raise TypeError("error in %s._missing_: returned %r instead of None or a valid member"
                        % (cls.__name__, result))

    def __init__(self, *args, **kwds):
        pass

    @classmethod
    def _missing_(cls, value):
        return None

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return self._value_

    def __repr__(self):
        return "<%s.%s: %r>" % (self.__class__.__name__, self._name_, self._value_)

    def __str__(self):
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

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
        raise ValueError("duplicate values found in %r: %s" % (enumeration, alias_details))
    return enumeration
