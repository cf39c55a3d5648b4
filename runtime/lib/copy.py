"""Shallow and deep copy operations (Kiln)."""

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error

_atomic = {type(None), int, float, bool, str, type, range,
           type(len), type(lambda: 0),
           type(NotImplemented), property}
try:
    _atomic.add(complex)
except NameError:
    pass


def _is_atomic(cls):
    return cls in _atomic


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    if cls in _atomic or cls is tuple or cls is frozenset:
        return x
    if cls is list:
        return x[:]
    if cls is dict:
        return x.copy()
    if cls is set:
        return x.copy()
    if isinstance(x, type):
        return x
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    return _reconstruct(x, False, None)


def _container_base(x):
    for b in (list, dict, tuple, set, frozenset):
        if isinstance(x, b):
            return b
    return None


def _reconstruct(x, deep, memo):
    cls = type(x)
    base = _container_base(x)
    # Subclasses of builtin containers are rebuilt the way CPython's __reduce_ex__
    # does: cls.__new__ (with __getnewargs__ for tuples), set(...) via cls(items);
    # list/dict items are added after the state.
    if base is None:
        y = object.__new__(cls)
    elif base is tuple or base is frozenset:
        getnewargs = getattr(x, "__getnewargs__", None)
        args = getnewargs() if getnewargs is not None else (base(x),)
        if deep:
            args = deepcopy(args, memo)
        y = cls.__new__(cls, *args)
    elif base is set:
        y = cls([deepcopy(a, memo) for a in x] if deep else list(x))
    else:
        y = cls.__new__(cls)
    if memo is not None:
        memo[id(x)] = y
    state = None
    getstate = getattr(x, "__getstate__", None)
    try:
        state = vars(x)
    except TypeError:
        state = None
    if state:
        if deep:
            state = deepcopy(state, memo)
        setstate = getattr(y, "__setstate__", None)
        if setstate is not None and getstate is not None and not isinstance(getstate, type(len)):
            setstate(state)
        else:
            for k, v in state.items():
                setattr(y, k, v)
    slots = getattr(cls, "__slots__", None)
    if slots:
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if hasattr(x, name):
                v = getattr(x, name)
                setattr(y, name, deepcopy(v, memo) if deep else v)
    if base is list:
        for a in x:
            y.append(deepcopy(a, memo) if deep else a)
    elif base is dict:
        for k, v in x.items():
            if deep:
                k = deepcopy(k, memo)
                v = deepcopy(v, memo)
            y[k] = v
    return y


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _atomic:
        return x
    if cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
    elif cls is dict:
        y = {}
        memo[d] = y
        for k, v in x.items():
            y[deepcopy(k, memo)] = deepcopy(v, memo)
    elif cls is tuple:
        items = [deepcopy(a, memo) for a in x]
        # A tuple may have been copied while copying its items (a cycle through it).
        if d in memo:
            return memo[d]
        same = True
        for i in range(len(x)):
            if items[i] is not x[i]:
                same = False
                break
        y = x if same else tuple(items)
    elif cls is set:
        y = set()
        memo[d] = y
        for a in x:
            y.add(deepcopy(a, memo))
    elif cls is frozenset:
        y = frozenset([deepcopy(a, memo) for a in x])
    elif isinstance(x, type):
        y = x
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None:
            y = copier(memo)
        else:
            y = _reconstruct(x, True, memo)
    if y is not x:
        memo[d] = y
        ka = memo.get(id(memo))
        if ka is None:
            memo[id(memo)] = [x]
        else:
            ka.append(x)
    return y
