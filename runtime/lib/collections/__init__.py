"""Container datatypes (Kiln): deque, defaultdict, OrderedDict, Counter, namedtuple,
ChainMap.

defaultdict, OrderedDict and Counter are dict subclasses and namedtuple classes are
tuple subclasses, as in CPython (OrderedDict relies on dicts keeping insertion order).
ChainMap and UserDict wrap a dict (`self._d`).
"""

import sys as _sys
from operator import itemgetter as _itemgetter

__all__ = ["ChainMap", "Counter", "OrderedDict", "UserDict", "UserList",
           "UserString", "defaultdict", "deque", "namedtuple"]

_MISSING = object()


# ---------------------------------------------------------------- deque

class deque:
    """deque([iterable[, maxlen]]) --> deque object

    A list-like sequence optimized for data accesses near its endpoints."""

    # Items live in self._items[self._head:]; popleft advances _head (compacting now and
    # then), appendleft fills free space before _head (growing it when needed).

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            maxlen = _index_arg(maxlen)
            if maxlen < 0:
                raise ValueError("maxlen must be non-negative")
        self._maxlen = maxlen
        self._items = []
        self._head = 0
        if iterable != ():
            self.extend(iterable)

    @property
    def maxlen(self):
        return self._maxlen

    def _live(self):
        h = self._head
        if h:
            items = self._items
            del items[:h]
            self._head = 0
        return self._items

    def append(self, x):
        self._items.append(x)
        m = self._maxlen
        if m is not None and len(self._items) - self._head > m:
            self.popleft()

    def appendleft(self, x):
        h = self._head
        if h == 0:
            items = self._items
            grow = len(items) + 8
            items[:0] = [None] * grow
            h = grow
        h -= 1
        self._items[h] = x
        self._head = h
        m = self._maxlen
        if m is not None and len(self._items) - h > m:
            self._items.pop()

    def pop(self):
        if len(self._items) <= self._head:
            raise IndexError("pop from an empty deque")
        x = self._items.pop()
        if len(self._items) == self._head:
            self._items = []
            self._head = 0
        return x

    def popleft(self):
        items = self._items
        h = self._head
        if h >= len(items):
            raise IndexError("pop from an empty deque")
        x = items[h]
        items[h] = None
        h += 1
        if h == len(items):
            self._items = []
            h = 0
        elif h > 64 and h * 2 > len(items):
            del items[:h]
            h = 0
        self._head = h
        return x

    def extend(self, iterable):
        if iterable is self:
            iterable = list(self)
        if self._maxlen is None:
            self._items.extend(iterable)
        else:
            for x in iterable:
                self.append(x)

    def extendleft(self, iterable):
        if iterable is self:
            iterable = list(self)
        for x in iterable:
            self.appendleft(x)

    def clear(self):
        self._items = []
        self._head = 0

    def copy(self):
        return deque(self, self._maxlen)

    __copy__ = copy

    def count(self, x):
        n = 0
        for y in self._items[self._head:]:
            if y is x or y == x:
                n += 1
        return n

    def index(self, x, start=0, stop=None):
        items = self._live()
        n = len(items)
        if stop is None:
            stop = n
        if start < 0:
            start = max(start + n, 0)
        if stop < 0:
            stop = max(stop + n, 0)
        for i in range(start, min(stop, n)):
            y = items[i]
            if y is x or y == x:
                return i
        raise ValueError(f"{x!r} is not in deque")

    def insert(self, i, x):
        items = self._live()
        if self._maxlen is not None and len(items) >= self._maxlen:
            raise IndexError("deque already at its maximum size")
        items.insert(i, x)

    def remove(self, value):
        items = self._live()
        for i in range(len(items)):
            y = items[i]
            if y is value or y == value:
                del items[i]
                return
        raise ValueError(f"{value!r} is not in deque")

    def reverse(self):
        self._live().reverse()

    def rotate(self, n=1):
        n = _index_arg(n)
        size = len(self._items) - self._head
        if size <= 1:
            return
        k = n % size
        if not k:
            return
        # A short rotation moves items end to end (amortised O(1) each); a long one
        # rebuilds the list in one slice.
        if k <= 32:
            for _ in range(k):
                self.appendleft(self.pop())
        elif size - k <= 32:
            for _ in range(size - k):
                self.append(self.popleft())
        else:
            items = self._live()
            items[:] = items[size - k:] + items[:size - k]

    def _norm(self, i):
        i = _index_arg(i)
        n = len(self._items) - self._head
        if i < 0:
            i += n
        if i < 0 or i >= n:
            raise IndexError("deque index out of range")
        return self._head + i

    def __getitem__(self, i):
        if isinstance(i, slice):
            raise TypeError("sequence index must be integer, not 'slice'")
        return self._items[self._norm(i)]

    def __setitem__(self, i, x):
        self._items[self._norm(i)] = x

    def __delitem__(self, i):
        j = self._norm(i)
        del self._items[j]

    def __len__(self):
        return len(self._items) - self._head

    def __bool__(self):
        return len(self._items) > self._head

    def __iter__(self):
        return iter(self._items[self._head:])

    def __reversed__(self):
        return reversed(self._items[self._head:])

    def __contains__(self, x):
        for y in self._items[self._head:]:
            if y is x or y == x:
                return True
        return False

    def __repr__(self):
        body = repr(self._items[self._head:])
        if self._maxlen is None:
            return f"deque({body})"
        return f"deque({body}, maxlen={self._maxlen})"

    def _cmp_items(self, other):
        if isinstance(other, deque):
            return other._items[other._head:]
        return _MISSING

    def __eq__(self, other):
        o = self._cmp_items(other)
        if o is _MISSING:
            return NotImplemented
        return self._items[self._head:] == o

    def __ne__(self, other):
        o = self._cmp_items(other)
        if o is _MISSING:
            return NotImplemented
        return self._items[self._head:] != o

    def __lt__(self, other):
        o = self._cmp_items(other)
        if o is _MISSING:
            return NotImplemented
        return self._items[self._head:] < o

    def __le__(self, other):
        o = self._cmp_items(other)
        if o is _MISSING:
            return NotImplemented
        return self._items[self._head:] <= o

    def __gt__(self, other):
        o = self._cmp_items(other)
        if o is _MISSING:
            return NotImplemented
        return self._items[self._head:] > o

    def __ge__(self, other):
        o = self._cmp_items(other)
        if o is _MISSING:
            return NotImplemented
        return self._items[self._head:] >= o

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError(f'can only concatenate deque (not "{type(other).__name__}") to deque')
        r = deque(self, self._maxlen)
        r.extend(other)
        return r

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        r = deque(self._items[self._head:] * n, self._maxlen)
        return r

    __hash__ = None


def _index_arg(v):
    if isinstance(v, int):
        return v
    raise TypeError(f"'{type(v).__name__}' object cannot be interpreted as an integer")


# ---------------------------------------------------------------- dict wrappers

class _DictWrapper:
    """Shared mapping protocol for the dict-backed classes (the data is self._d)."""

    def __len__(self):
        return len(self._d)

    def __iter__(self):
        return iter(self._d)

    def __reversed__(self):
        return reversed(self._d)

    def __contains__(self, k):
        return k in self._d

    def __getitem__(self, k):
        d = self._d
        if k in d:
            return d[k]
        return self.__missing__(k)

    def __missing__(self, k):
        raise KeyError(k)

    def __setitem__(self, k, v):
        self._d[k] = v

    def __delitem__(self, k):
        del self._d[k]

    def __bool__(self):
        return len(self._d) != 0

    def keys(self):
        return self._d.keys()

    def values(self):
        return self._d.values()

    def items(self):
        return self._d.items()

    def get(self, k, default=None):
        return self._d.get(k, default)

    def pop(self, k, *default):
        return self._d.pop(k, *default)

    def popitem(self):
        return self._d.popitem()

    def setdefault(self, k, default=None):
        return self._d.setdefault(k, default)

    def clear(self):
        self._d.clear()

    def update(self, *args, **kwargs):
        if len(args) > 1:
            raise TypeError(f"update expected at most 1 argument, got {len(args)}")
        if args:
            other = args[0]
            if isinstance(other, _DictWrapper):
                other = other._d
            elif not isinstance(other, dict) and hasattr(other, "keys"):
                other = {k: other[k] for k in other.keys()}
            self._d.update(other)
        if kwargs:
            self._d.update(kwargs)

    def __eq__(self, other):
        if isinstance(other, _DictWrapper):
            return self._d == other._d
        if isinstance(other, dict):
            return self._d == other
        return NotImplemented

    def __ne__(self, other):
        r = self.__eq__(other)
        if r is NotImplemented:
            return r
        return not r

    def __or__(self, other):
        if isinstance(other, _DictWrapper):
            other = other._d
        elif not isinstance(other, dict):
            return NotImplemented
        r = self.copy()
        r._d.update(other)
        return r

    def __ior__(self, other):
        self.update(other)
        return self

    __hash__ = None


def _as_dict(obj):
    if isinstance(obj, _DictWrapper):
        return obj._d
    return obj


class defaultdict(dict):
    """defaultdict(default_factory=None, /, [...]) --> dict with default factory."""

    def __init__(self, default_factory=None, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError("first argument must be callable or None")
        dict.__init__(self, *args, **kwargs)
        self.default_factory = default_factory

    def __missing__(self, key):
        f = self.default_factory
        if f is None:
            raise KeyError(key)
        self[key] = value = f()
        return value

    def copy(self):
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __repr__(self):
        f = self.default_factory
        fr = "None" if f is None else repr(f)
        return f"{type(self).__name__}({fr}, {dict.__repr__(self)})"

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.copy()
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self.default_factory, other)
        new.update(self)
        return new


class OrderedDict(dict):
    """Dictionary that remembers insertion order, with move_to_end and popitem(last)."""

    def move_to_end(self, key, last=True):
        if key not in self:
            raise KeyError(key)
        v = dict.pop(self, key)
        if last:
            dict.__setitem__(self, key, v)
        else:
            rest = list(dict.items(self))
            dict.clear(self)
            dict.__setitem__(self, key, v)
            for k, x in rest:
                dict.__setitem__(self, k, x)

    def popitem(self, last=True):
        if not self:
            raise KeyError("dictionary is empty")
        if last:
            return dict.popitem(self)
        k = next(iter(self))
        return k, dict.pop(self, k)

    def copy(self):
        return type(self)(self)

    __copy__ = copy

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return dict.__eq__(self, other) and list(self) == list(other)
        return dict.__eq__(self, other)

    def __ne__(self, other):
        r = self.__eq__(other)
        if r is NotImplemented:
            return r
        return not r

    __hash__ = None

    @classmethod
    def fromkeys(cls, iterable, value=None):
        self = cls()
        for k in iterable:
            self[k] = value
        return self

    def __repr__(self):
        if not self:
            return f"{type(self).__name__}()"
        return f"{type(self).__name__}({list(self.items())!r})"

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(other)
        new.update(self)
        return new


class Counter(dict):
    """Dict subclass for counting hashable items."""

    def __init__(self, iterable=None, /, **kwds):
        dict.__init__(self)
        self.update(iterable, **kwds)

    def __missing__(self, key):
        return 0

    def total(self):
        return sum(self.values())

    def most_common(self, n=None):
        items = sorted(self.items(), key=_itemgetter(1), reverse=True)
        if n is None:
            return items
        if n < 0:
            n = 0
        return items[:n]

    def elements(self):
        for elem, count in self.items():
            for _ in range(count):
                yield elem

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            "Counter.fromkeys() is undefined.  Use Counter(iterable) instead.")

    def update(self, iterable=None, /, **kwds):
        if iterable is not None:
            if isinstance(iterable, (dict, _DictWrapper)) or hasattr(iterable, "keys"):
                src = _as_dict(iterable)
                if self:
                    self_get = self.get
                    for elem in src.keys():
                        self[elem] = src[elem] + self_get(elem, 0)
                else:
                    for elem in src.keys():
                        dict.__setitem__(self, elem, src[elem])
            else:
                self_get = self.get
                for elem in iterable:
                    self[elem] = self_get(elem, 0) + 1
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        if iterable is not None:
            self_get = self.get
            if isinstance(iterable, (dict, _DictWrapper)) or hasattr(iterable, "keys"):
                src = _as_dict(iterable)
                for elem in src.keys():
                    self[elem] = self_get(elem, 0) - src[elem]
            else:
                for elem in iterable:
                    self[elem] = self_get(elem, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        return type(self)(self)

    __copy__ = copy

    def __delitem__(self, elem):
        if elem in self:
            dict.__delitem__(self, elem)

    def __repr__(self):
        if not self:
            return f"{type(self).__name__}()"
        try:
            d = dict(self.most_common())
        except TypeError:
            d = dict(self)
        return f"{type(self).__name__}({d!r})"

    def __eq__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] == other[e] for c in (self, other) for e in c)

    def __ne__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return not self == other

    __hash__ = None

    def __le__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] <= other[e] for c in (self, other) for e in c)

    def __lt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] >= other[e] for c in (self, other) for e in c)

    def __gt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    def __add__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count + other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __sub__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count - other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count < 0:
                result[elem] = 0 - count
        return result

    def __or__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = other_count if count < other_count else count
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __and__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = count if count < other_count else other_count
            if newcount > 0:
                result[elem] = newcount
        return result

    def __pos__(self):
        result = Counter()
        for elem, count in self.items():
            if count > 0:
                result[elem] = count
        return result

    def __neg__(self):
        result = Counter()
        for elem, count in self.items():
            if count < 0:
                result[elem] = 0 - count
        return result

    def _keep_positive(self):
        nonpositive = [elem for elem, count in self.items() if not count > 0]
        for elem in nonpositive:
            del self[elem]
        return self

    def __iadd__(self, other):
        for elem, count in _as_dict(other).items():
            self[elem] += count
        return self._keep_positive()

    def __isub__(self, other):
        for elem, count in _as_dict(other).items():
            self[elem] -= count
        return self._keep_positive()

    def __ior__(self, other):
        for elem, other_count in _as_dict(other).items():
            count = self[elem]
            if other_count > count:
                self[elem] = other_count
        return self._keep_positive()

    def __iand__(self, other):
        o = _as_dict(other)
        for elem, count in list(self.items()):
            other_count = o.get(elem, 0)
            if other_count < count:
                self[elem] = other_count
        return self._keep_positive()


class ChainMap(_DictWrapper):
    """A group of mappings viewed as a single mapping (lookups search them in order)."""

    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    @property
    def _d(self):
        d = {}
        for m in reversed(self.maps):
            d.update(_as_dict(m))
        return d

    def __getitem__(self, key):
        for m in self.maps:
            if key in m:
                return m[key]
        return self.__missing__(key)

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError(f"Key not found in the first mapping: {key!r}")

    def __contains__(self, key):
        for m in self.maps:
            if key in m:
                return True
        return False

    def get(self, key, default=None):
        return self[key] if key in self else default

    def new_child(self, m=None):
        if m is None:
            m = {}
        return ChainMap(m, *self.maps)

    @property
    def parents(self):
        return ChainMap(*self.maps[1:])

    def __repr__(self):
        return f"{type(self).__name__}({', '.join(map(repr, self.maps))})"


class UserDict(_DictWrapper):
    def __init__(self, dict=None, **kwargs):
        self._d = {}
        if dict is not None:
            self.update(dict)
        if kwargs:
            self.update(kwargs)

    @property
    def data(self):
        return self._d

    def copy(self):
        r = type(self)()
        r._d = self._d.copy()
        return r

    def __repr__(self):
        return repr(self._d)


class UserList:
    def __init__(self, initlist=None):
        self.data = [] if initlist is None else list(initlist)

    def __repr__(self):
        return repr(self.data)

    def __len__(self):
        return len(self.data)

    def __getitem__(self, i):
        return self.data[i]

    def __setitem__(self, i, v):
        self.data[i] = v

    def __delitem__(self, i):
        del self.data[i]

    def __iter__(self):
        return iter(self.data)

    def __contains__(self, x):
        return x in self.data

    def __eq__(self, other):
        return self.data == (other.data if isinstance(other, UserList) else other)

    def append(self, x):
        self.data.append(x)

    def extend(self, xs):
        self.data.extend(xs)

    def pop(self, i=-1):
        return self.data.pop(i)

    def insert(self, i, x):
        self.data.insert(i, x)

    def remove(self, x):
        self.data.remove(x)

    def sort(self, *args, **kwds):
        self.data.sort(*args, **kwds)

    def reverse(self):
        self.data.reverse()

    def index(self, x, *args):
        return self.data.index(x, *args)

    def count(self, x):
        return self.data.count(x)


class UserString:
    def __init__(self, seq):
        self.data = str(seq)

    def __str__(self):
        return self.data

    def __repr__(self):
        return repr(self.data)

    def __len__(self):
        return len(self.data)

    def __eq__(self, other):
        return self.data == (other.data if isinstance(other, UserString) else other)


# ---------------------------------------------------------------- namedtuple

_KEYWORDS = frozenset([
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class",
    "continue", "def", "del", "elif", "else", "except", "finally", "for", "from",
    "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass",
    "raise", "return", "try", "while", "with", "yield"])


class _NamedTupleBase(tuple):
    """Methods shared by every namedtuple class (a tuple subclass)."""

    __slots__ = ()
    _fields = ()
    _field_defaults = {}

    def __new__(cls, *args, **kwargs):
        fields = cls._fields
        n = len(fields)
        if not kwargs and len(args) == n:
            return tuple.__new__(cls, args)
        name = cls.__name__
        if len(args) > n:
            raise TypeError(f"{name}.__new__() takes {n + 1} positional arguments "
                            f"but {len(args) + 1} were given")
        values = list(args)
        values.extend([_MISSING] * (n - len(values)))
        for k, v in kwargs.items():
            try:
                i = fields.index(k)
            except ValueError:
                raise TypeError(f"{name}.__new__() got an unexpected keyword argument '{k}'")
            if values[i] is not _MISSING:
                raise TypeError(f"{name}.__new__() got multiple values for argument '{k}'")
            values[i] = v
        defaults = cls._field_defaults
        missing = []
        for i in range(n):
            if values[i] is _MISSING:
                f = fields[i]
                if f in defaults:
                    values[i] = defaults[f]
                else:
                    missing.append(f)
        if missing:
            if len(missing) == 1:
                names = f"'{missing[0]}'"
            else:
                names = ", ".join(f"'{m}'" for m in missing[:-1]) + f" and '{missing[-1]}'"
            s = "" if len(missing) == 1 else "s"
            raise TypeError(f"{name}.__new__() missing {len(missing)} required positional "
                            f"argument{s}: {names}")
        return tuple.__new__(cls, values)

    @classmethod
    def _make(cls, iterable):
        result = tuple.__new__(cls, iterable)
        if len(result) != len(cls._fields):
            raise TypeError(f"Expected {len(cls._fields)} arguments, got {len(result)}")
        return result

    def _replace(self, **kwds):
        values = list(self)
        fields = self._fields
        for k in list(kwds):
            if k in fields:
                values[fields.index(k)] = kwds.pop(k)
        if kwds:
            raise ValueError(f"Got unexpected field names: {list(kwds)!r}")
        return self._make(values)

    def _asdict(self):
        return dict(zip(self._fields, self))

    def __repr__(self):
        parts = ", ".join(f"{f}={v!r}" for f, v in zip(self._fields, self))
        return f"{type(self).__name__}({parts})"

    def __getnewargs__(self):
        return tuple(self)


def _field_property(i, doc):
    def get(self):
        return self[i]
    return property(get, doc=doc)


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """Returns a new class with named fields (see the module docstring for limits)."""
    if isinstance(field_names, str):
        field_names = field_names.replace(",", " ").split()
    field_names = list(map(str, field_names))
    typename = str(typename)
    if rename:
        seen = set()
        for index, name in enumerate(field_names):
            if (not name.isidentifier() or name in _KEYWORDS
                    or name.startswith("_") or name in seen):
                field_names[index] = f"_{index}"
            seen.add(name)
    for name in [typename] + field_names:
        if not isinstance(name, str):
            raise TypeError("Type names and field names must be strings")
        if not name.isidentifier():
            raise ValueError("Type names and field names must be valid "
                             f"identifiers: {name!r}")
        if name in _KEYWORDS:
            raise ValueError("Type names and field names cannot be a "
                             f"keyword: {name!r}")
    seen = set()
    for name in field_names:
        if name.startswith("_") and not rename:
            raise ValueError("Field names cannot start with an underscore: "
                             f"{name!r}")
        if name in seen:
            raise ValueError(f"Encountered duplicate field name: {name!r}")
        seen.add(name)
    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(field_names):
            raise TypeError("Got more default values than field names")
        field_defaults = dict(zip(field_names[len(field_names) - len(defaults):], defaults))
    ns = {
        "__doc__": f"{typename}({', '.join(field_names)})",
        "__slots__": (),
        "_fields": tuple(field_names),
        "_field_defaults": field_defaults,
    }
    for i, name in enumerate(field_names):
        ns[name] = _field_property(i, f"Alias for field number {i}")
    if module is None:
        try:
            module = _sys._getframe(1).f_globals.get("__name__", "__main__")
        except (AttributeError, ValueError):
            module = "__main__"
    ns["__module__"] = module
    cls = type(typename, (_NamedTupleBase,), ns)
    return cls
