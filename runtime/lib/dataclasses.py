"""dataclasses for Kiln: CPython 3.11's behaviour for the common surface.

@dataclass (init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only), field(),
Field, fields(), asdict(), astuple(), replace(), is_dataclass(), InitVar, ClassVar
annotations, FrozenInstanceError, MISSING. Like CPython's, the generated methods are
Python source compiled with exec, so signatures, error messages and reprs match.
Not supported (a clear error): slots=True, weakref_slot=True, make_dataclass(),
the KW_ONLY sentinel.
"""

import copy as _copy

__all__ = ["dataclass", "field", "Field", "FrozenInstanceError", "InitVar", "MISSING",
           "fields", "asdict", "astuple", "make_dataclass", "replace", "is_dataclass"]


class FrozenInstanceError(AttributeError):
    pass


class _HAS_DEFAULT_FACTORY_CLASS:
    def __repr__(self):
        return "<factory>"


_HAS_DEFAULT_FACTORY = _HAS_DEFAULT_FACTORY_CLASS()


class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()

_FIELDS = "__dataclass_fields__"
_PARAMS = "__dataclass_params__"
_POST_INIT_NAME = "__post_init__"


class _FIELD_BASE:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


_FIELD = _FIELD_BASE("_FIELD")
_FIELD_CLASSVAR = _FIELD_BASE("_FIELD_CLASSVAR")
_FIELD_INITVAR = _FIELD_BASE("_FIELD_INITVAR")


class InitVar:
    __slots__ = ("type",)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        if isinstance(self.type, type):
            type_name = self.type.__name__
        else:
            type_name = repr(self.type)
        return f"dataclasses.InitVar[{type_name}]"

    def __class_getitem__(cls, type):
        return InitVar(type)


class Field:
    __slots__ = ("name", "type", "default", "default_factory", "repr", "hash", "init",
                 "compare", "metadata", "kw_only", "_field_type")

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata,
                 kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = {} if metadata is None else metadata
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return ("Field("
                f"name={self.name!r},"
                f"type={self.type!r},"
                f"default={self.default!r},"
                f"default_factory={self.default_factory!r},"
                f"init={self.init!r},"
                f"repr={self.repr!r},"
                f"hash={self.hash!r},"
                f"compare={self.compare!r},"
                f"metadata={self.metadata!r},"
                f"kw_only={self.kw_only!r},"
                f"_field_type={self._field_type}"
                ")")


class _DataclassParams:
    __slots__ = ("init", "repr", "eq", "order", "unsafe_hash", "frozen")

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen

    def __repr__(self):
        return ("_DataclassParams("
                f"init={self.init!r},"
                f"repr={self.repr!r},"
                f"eq={self.eq!r},"
                f"order={self.order!r},"
                f"unsafe_hash={self.unsafe_hash!r},"
                f"frozen={self.frozen!r}"
                ")")


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
          hash=None, compare=True, metadata=None, kw_only=MISSING):
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError("cannot specify both default and default_factory")
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


def _fields_in_init_order(fields):
    return (tuple(f for f in fields if f.init and not f.kw_only),
            tuple(f for f in fields if f.init and f.kw_only))


def _tuple_str(obj_name, fields):
    if not fields:
        return "()"
    return f'({",".join([f"{obj_name}.{f.name}" for f in fields])},)'


_repr_running = set()


def _create_fn(name, args, body, *, globals=None, locals=None, return_type=MISSING):
    if locals is None:
        locals = {}
    return_annotation = ""
    if return_type is not MISSING:
        locals["_return_type"] = return_type
        return_annotation = "->_return_type"
    args = ",".join(args)
    body = "\n".join(f"  {b}" for b in body)
    txt = f" def {name}({args}){return_annotation}:\n{body}"
    local_vars = ", ".join(locals.keys())
    txt = f"def __create_fn__({local_vars}):\n{txt}\n return {name}"
    ns = {}
    exec(txt, globals, ns)
    return ns["__create_fn__"](**locals)


def _field_assign(frozen, name, value, self_name):
    if frozen:
        return f"__dataclass_builtins_object__.__setattr__({self_name},{name!r},{value})"
    return f"{self_name}.{name}={value}"


def _field_init(f, frozen, globals, self_name, slots):
    default_name = f"__dataclass_dflt_{f.name}__"
    if f.default_factory is not MISSING:
        if f.init:
            globals[default_name] = f.default_factory
            value = (f"{default_name}() "
                     f"if {f.name} is __dataclass_HAS_DEFAULT_FACTORY__ "
                     f"else {f.name}")
        else:
            globals[default_name] = f.default_factory
            value = f"{default_name}()"
    else:
        if f.init:
            if f.default is MISSING:
                value = f.name
            elif f.default is not MISSING:
                globals[default_name] = f.default
                value = f.name
        else:
            return None
    if f._field_type is _FIELD_INITVAR:
        return None
    return _field_assign(frozen, f.name, value, self_name)


def _init_param(f):
    if f.default is MISSING and f.default_factory is MISSING:
        default = ""
    elif f.default is not MISSING:
        default = f"=__dataclass_dflt_{f.name}__"
    elif f.default_factory is not MISSING:
        default = "=__dataclass_HAS_DEFAULT_FACTORY__"
    return f"{f.name}:__dataclass_type_{f.name}__{default}"


def _init_fn(fields, std_fields, kw_only_fields, frozen, has_post_init, self_name,
             globals, slots):
    seen_default = False
    for f in std_fields:
        if f.init:
            if not (f.default is MISSING and f.default_factory is MISSING):
                seen_default = True
            elif seen_default:
                raise TypeError(f"non-default argument {f.name!r} follows default argument")
    locals = {f"__dataclass_type_{f.name}__": f.type for f in fields}
    locals.update({
        "__dataclass_HAS_DEFAULT_FACTORY__": _HAS_DEFAULT_FACTORY,
        "__dataclass_builtins_object__": object,
    })
    body_lines = []
    for f in fields:
        line = _field_init(f, frozen, locals, self_name, slots)
        if line:
            body_lines.append(line)
    if has_post_init:
        params_str = ",".join(f.name for f in fields if f._field_type is _FIELD_INITVAR)
        body_lines.append(f"{self_name}.{_POST_INIT_NAME}({params_str})")
    if not body_lines:
        body_lines = ["pass"]
    _init_params = [_init_param(f) for f in std_fields]
    if kw_only_fields:
        _init_params += ["*"]
        _init_params += [_init_param(f) for f in kw_only_fields]
    return _create_fn("__init__", [self_name] + _init_params, body_lines, locals=locals,
                      globals=globals, return_type=None)


def _repr_fn(fields, globals):
    fn = _create_fn("__repr__", ("self",),
                    ['return self.__class__.__qualname__ + f"(' +
                     ", ".join([f"{f.name}={{self.{f.name}!r}}" for f in fields]) +
                     ')"'],
                    globals=globals)

    def __repr__(self):
        key = id(self)
        if key in _repr_running:
            return "..."
        _repr_running.add(key)
        try:
            return fn(self)
        finally:
            _repr_running.discard(key)
    __repr__.__qualname__ = fn.__qualname__
    return __repr__


def _frozen_get_del_attr(cls, fields, globals):
    locals = {"cls": cls, "FrozenInstanceError": FrozenInstanceError}
    if fields:
        fields_str = "(" + ",".join(repr(f.name) for f in fields) + ",)"
    else:
        fields_str = "()"
    return (_create_fn("__setattr__", ("self", "name", "value"),
                       (f"if type(self) is cls or name in {fields_str}:",
                        ' raise FrozenInstanceError(f"cannot assign to field {name!r}")',
                        "super(cls, self).__setattr__(name, value)"),
                       locals=locals, globals=globals),
            _create_fn("__delattr__", ("self", "name"),
                       (f"if type(self) is cls or name in {fields_str}:",
                        ' raise FrozenInstanceError(f"cannot delete field {name!r}")',
                        "super(cls, self).__delattr__(name)"),
                       locals=locals, globals=globals))


def _cmp_fn(name, op, self_tuple, other_tuple, globals):
    return _create_fn(name, ("self", "other"),
                      ["if other.__class__ is self.__class__:",
                       f" return {self_tuple}{op}{other_tuple}",
                       "return NotImplemented"],
                      globals=globals)


def _hash_fn(fields, globals):
    self_tuple = _tuple_str("self", fields)
    return _create_fn("__hash__", ("self",), [f"return hash({self_tuple})"],
                      globals=globals)


def _is_classvar(a_type):
    return (type(a_type).__name__ in ("_ClassVar", "_SpecialForm", "_GenericAlias")
            and "ClassVar" in repr(a_type))


def _is_initvar(a_type):
    return a_type is InitVar or type(a_type) is InitVar


def _get_field(cls, a_name, a_type, default_kw_only):
    default = getattr(cls, a_name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        f = field(default=default)
    f.name = a_name
    f.type = a_type
    f._field_type = _FIELD
    if isinstance(a_type, str):
        stripped = a_type.replace("typing.", "").replace("dataclasses.", "")
        if stripped.startswith("ClassVar"):
            f._field_type = _FIELD_CLASSVAR
        elif stripped.startswith("InitVar"):
            f._field_type = _FIELD_INITVAR
    elif _is_classvar(a_type):
        f._field_type = _FIELD_CLASSVAR
    elif _is_initvar(a_type):
        f._field_type = _FIELD_INITVAR
    if f._field_type in (_FIELD_CLASSVAR, _FIELD_INITVAR):
        if f.default_factory is not MISSING:
            raise TypeError(f"field {f.name} cannot have a default factory")
    if f._field_type in (_FIELD, _FIELD_INITVAR):
        if f.kw_only is MISSING:
            f.kw_only = default_kw_only
    else:
        assert f._field_type is _FIELD_CLASSVAR
        if f.kw_only is not MISSING:
            raise TypeError(f"field {f.name} is a ClassVar but specifies kw_only")
    if f._field_type is _FIELD and isinstance(f.default, (list, dict, set)):
        raise ValueError(f"mutable default {type(f.default)} for field "
                         f"{f.name} is not allowed: use default_factory")
    return f


def _set_qualname(cls, value):
    if isinstance(value, type(_set_qualname)):
        value.__qualname__ = f"{cls.__qualname__}.{value.__name__}"
    return value


def _set_new_attribute(cls, name, value):
    if name in cls.__dict__:
        return True
    _set_qualname(cls, value)
    setattr(cls, name, value)
    return False


def _hash_action(cls, fields, globals, unsafe_hash, eq, frozen, has_explicit_hash):
    if unsafe_hash:
        if has_explicit_hash:
            raise TypeError(f"Cannot overwrite attribute __hash__ in class {cls.__name__}")
        return _hash_fn(fields, globals)
    if not eq:
        return None
    if frozen:
        return None if has_explicit_hash else _hash_fn(fields, globals)
    return None if has_explicit_hash else "set None"


def _formatannotation(annotation):
    if isinstance(annotation, type):
        if annotation.__module__ == "builtins":
            return annotation.__qualname__
        return annotation.__module__ + "." + annotation.__qualname__
    return repr(annotation).replace("typing.", "")


def _param_doc(f):
    """One parameter of the generated __init__ as inspect.signature shows it."""
    p = f"{f.name}: {_formatannotation(f.type)}"
    if f.default is not MISSING:
        p += f" = {f.default!r}"
    elif f.default_factory is not MISSING:
        p += " = <factory>"
    return p


def _signature_doc(cls, std_fields, kw_only_fields):
    parts = [_param_doc(f) for f in std_fields]
    if kw_only_fields:
        parts.append("*")
        parts.extend(_param_doc(f) for f in kw_only_fields)
    return cls.__name__ + "(" + ", ".join(parts) + ")"


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only,
                   slots, weakref_slot):
    if slots or weakref_slot:
        raise NotImplementedError("dataclass(slots=True) is not supported by this runtime")
    fields = {}
    globals = {}
    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order, unsafe_hash, frozen))
    any_frozen_base = False
    has_dataclass_bases = False
    for b in cls.__mro__[-1:0:-1]:
        base_fields = getattr(b, _FIELDS, None)
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                fields[f.name] = f
            if getattr(b, _PARAMS).frozen:
                any_frozen_base = True
    cls_annotations = cls.__dict__.get("__annotations__", {})
    cls_fields = [_get_field(cls, name, type, kw_only)
                  for name, type in cls_annotations.items()]
    for f in cls_fields:
        fields[f.name] = f
        if isinstance(getattr(cls, f.name, None), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)
    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in cls_annotations:
            raise TypeError(f"{name!r} is a field but has no type annotation")
    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError("cannot inherit non-frozen dataclass from a frozen one")
        if not any_frozen_base and frozen:
            raise TypeError("cannot inherit frozen dataclass from a non-frozen one")
    setattr(cls, _FIELDS, fields)
    class_hash = cls.__dict__.get("__hash__", MISSING)
    has_explicit_hash = not (class_hash is MISSING or
                             (class_hash is None and "__eq__" in cls.__dict__))
    if order and not eq:
        raise ValueError("eq must be true if order is true")
    all_init_fields = [f for f in fields.values() if f._field_type in (_FIELD, _FIELD_INITVAR)]
    std_init_fields, kw_only_init_fields = _fields_in_init_order(all_init_fields)
    if init:
        has_post_init = hasattr(cls, _POST_INIT_NAME)
        _set_new_attribute(cls, "__init__",
                           _init_fn(all_init_fields, std_init_fields, kw_only_init_fields,
                                    frozen, has_post_init,
                                    "__dataclass_self__" if "self" in fields else "self",
                                    globals, slots))
    field_list = [f for f in fields.values() if f._field_type is _FIELD]
    if repr:
        flds = [f for f in field_list if f.repr]
        _set_new_attribute(cls, "__repr__", _repr_fn(flds, globals))
    if eq:
        cmp_fields = [f for f in field_list if f.compare]
        terms = [f"self.{f.name}==other.{f.name}" for f in cmp_fields]
        field_comparisons = " and ".join(terms) or "True"
        body = ["if other.__class__ is self.__class__:",
                f" return {field_comparisons}",
                "return NotImplemented"]
        _set_new_attribute(cls, "__eq__",
                           _create_fn("__eq__", ("self", "other"), body, globals=globals))
    if order:
        flds = [f for f in field_list if f.compare]
        self_tuple = _tuple_str("self", flds)
        other_tuple = _tuple_str("other", flds)
        for name, op in [("__lt__", "<"), ("__le__", "<="), ("__gt__", ">"), ("__ge__", ">=")]:
            if _set_new_attribute(cls, name,
                                  _cmp_fn(name, op, self_tuple, other_tuple, globals)):
                raise TypeError(f"Cannot overwrite attribute {name} in class {cls.__name__}. "
                                f"Consider using functools.total_ordering")
    if frozen:
        for fn in _frozen_get_del_attr(cls, field_list, globals):
            if _set_new_attribute(cls, fn.__name__, fn):
                raise TypeError(f"Cannot overwrite attribute {fn.__name__} "
                                f"in class {cls.__name__}")
    hash_action = _hash_action(cls, [f for f in field_list
                                     if (f.compare if f.hash is None else f.hash)],
                               globals, unsafe_hash, eq, frozen, has_explicit_hash)
    if hash_action == "set None":
        cls.__hash__ = None
    elif hash_action is not None:
        cls.__hash__ = _set_qualname(cls, hash_action)
    if not getattr(cls, "__doc__"):
        cls.__doc__ = _signature_doc(cls, std_init_fields, kw_only_init_fields)
    if match_args:
        _set_new_attribute(cls, "__match_args__", tuple(f.name for f in std_init_fields))
    return cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False,
              unsafe_hash=False, frozen=False, match_args=True, kw_only=False,
              slots=False, weakref_slot=False):
    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args,
                              kw_only, slots, weakref_slot)
    if cls is None:
        return wrap
    return wrap(cls)


def fields(class_or_instance):
    try:
        fields = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError("must be called with a dataclass type or instance") from None
    return tuple(f for f in fields.values() if f._field_type is _FIELD)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


def is_dataclass(obj):
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


def asdict(obj, *, dict_factory=dict):
    if not _is_dataclass_instance(obj):
        raise TypeError("asdict() should be called on dataclass instances")
    return _convert(obj, dict_factory, True)


def astuple(obj, *, tuple_factory=tuple):
    if not _is_dataclass_instance(obj):
        raise TypeError("astuple() should be called on dataclass instances")
    return _convert(obj, tuple_factory, False)


def _convert(obj, factory, as_dict):
    """asdict/astuple's recursion: dataclass instances through `factory` (of
    (name, value) pairs, or of values), containers rebuilt, anything else deep-copied."""
    if _is_dataclass_instance(obj):
        values = [(f.name, _convert(getattr(obj, f.name), factory, as_dict))
                  for f in fields(obj)]
        return factory(values if as_dict else [v for _, v in values])
    elif isinstance(obj, tuple) and hasattr(obj, "_fields"):
        return type(obj)(*[_convert(v, factory, as_dict) for v in obj])
    elif isinstance(obj, (list, tuple)):
        return type(obj)(_convert(v, factory, as_dict) for v in obj)
    elif isinstance(obj, dict):
        return type(obj)((_convert(k, factory, as_dict), _convert(v, factory, as_dict))
                         for k, v in obj.items())
    else:
        return _copy.deepcopy(obj)


def make_dataclass(cls_name, fields, **kwargs):
    raise NotImplementedError("make_dataclass() is not supported by this runtime")


def replace(obj, /, **changes):
    if not _is_dataclass_instance(obj):
        raise TypeError("replace() should be called on dataclass instances")
    for f in getattr(obj, _FIELDS).values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError(f"field {f.name} is declared with "
                                 "init=False, it cannot be specified with replace()")
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError(f"InitVar {f.name!r} "
                                 "must be specified with replace()")
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)
