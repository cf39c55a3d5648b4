"""Pickling support (Kiln's own): the dispatch table of reducers by type, the default
reduction of plain objects (`reduce_object`, what object.__reduce_ex__ computes in
CPython), and the reconstructors pickles name (__newobj__, __newobj_ex__,
_reconstructor)."""

__all__ = ["pickle", "constructor", "add_extension", "remove_extension",
           "clear_extension_cache", "dispatch_table"]

dispatch_table = {}


def pickle(ob_type, pickle_function, constructor_ob=None):
    if not callable(pickle_function):
        raise TypeError("reduction functions must be callable")
    dispatch_table[ob_type] = pickle_function
    if constructor_ob is not None:
        constructor(constructor_ob)


def constructor(object):
    if not callable(object):
        raise TypeError("constructors must be callable")


def __newobj__(cls, *args):
    return cls.__new__(cls, *args)


def __newobj_ex__(cls, args, kwargs):
    return cls.__new__(cls, *args, **kwargs)


def _reconstructor(cls, base, state):
    if base is object:
        obj = object.__new__(cls)
    else:
        obj = base.__new__(cls, state)
        if base.__init__ != object.__init__:
            base.__init__(obj, state)
    return obj


def _slotnames(cls):
    names = cls.__dict__.get("__slotnames__")
    if names is not None:
        return names
    names = []
    for c in cls.__mro__:
        slots = c.__dict__.get("__slots__", ())
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name in ("__dict__", "__weakref__"):
                continue
            if name.startswith("__") and not name.endswith("__"):
                stripped = c.__name__.lstrip("_")
                if stripped:
                    name = "_%s%s" % (stripped, name)
            names.append(name)
    return names


def _object_state(obj):
    getstate = getattr(obj, "__getstate__", None)
    if getstate is not None:
        return getstate()
    state = getattr(obj, "__dict__", None) or None
    slotnames = _slotnames(type(obj))
    if slotnames:
        slots = {}
        for name in slotnames:
            try:
                slots[name] = getattr(obj, name)
            except AttributeError:
                pass
        if slots:
            state = (state, slots)
    return state


_BUILTIN_ATOMS = (int, float, str, bytes, bytearray, bool, type(None), tuple,
                  list, dict, set, frozenset)


def reduce_object(obj, proto):
    """The reduction object.__reduce_ex__(proto) gives a plain object."""
    cls = type(obj)
    if proto >= 2:
        getnewargs_ex = getattr(obj, "__getnewargs_ex__", None)
        if getnewargs_ex is not None:
            args, kwargs = getnewargs_ex()
            if kwargs:
                func, newargs = __newobj_ex__, (cls, tuple(args), kwargs)
            else:
                func, newargs = __newobj__, (cls,) + tuple(args)
        else:
            getnewargs = getattr(obj, "__getnewargs__", None)
            args = tuple(getnewargs()) if getnewargs is not None else ()
            func, newargs = __newobj__, (cls,) + args
        state = _object_state(obj)
        listitems = iter(obj) if isinstance(obj, list) else None
        dictitems = iter(obj.items()) if isinstance(obj, dict) else None
        return func, newargs, state, listitems, dictitems
    for base in cls.__mro__:
        if base in _BUILTIN_ATOMS or base is object:
            break
    else:
        base = object
    if base is object:
        state = None
    else:
        if base is cls:
            raise TypeError("cannot pickle %r object" % cls.__name__)
        state = base(obj)
    args = (cls, base, state)
    if getattr(obj, "__getstate__", None) is None and getattr(obj, "__slots__", None):
        raise TypeError("a class that defines __slots__ without defining __getstate__ "
                        "cannot be pickled")
    dict_state = _object_state(obj)
    if dict_state is not None:
        return _reconstructor, args, dict_state
    return _reconstructor, args


_extension_registry = {}
_inverted_registry = {}
_extension_cache = {}


def add_extension(module, name, code):
    code = int(code)
    if not 1 <= code <= 0x7fffffff:
        raise ValueError("code out of range")
    key = (module, name)
    if (_extension_registry.get(key) == code and _inverted_registry.get(code) == key):
        return
    if key in _extension_registry:
        raise ValueError("key %s is already registered with code %s"
                         % (key, _extension_registry[key]))
    if code in _inverted_registry:
        raise ValueError("code %s is already in use for key %s"
                         % (code, _inverted_registry[code]))
    _extension_registry[key] = code
    _inverted_registry[code] = key


def remove_extension(module, name, code):
    key = (module, name)
    if (_extension_registry.get(key) != code or _inverted_registry.get(code) != key):
        raise ValueError("key %s is not registered with code %s" % (key, code))
    del _extension_registry[key]
    del _inverted_registry[code]
    _extension_cache.pop(code, None)


def clear_extension_cache():
    _extension_cache.clear()
