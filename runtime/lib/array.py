"""Typed arrays of numbers (Kiln): array(typecode, initializer) backed by a list, with
CPython's item checks (TypeError for wrong types, OverflowError for out-of-range ints,
'f' items rounded to single precision)."""

from _array import f32 as _f32

__all__ = ["array", "ArrayType", "typecodes"]

typecodes = "bBuhHiIlLqQfd"

_SIZES = {"b": 1, "B": 1, "u": 4, "h": 2, "H": 2, "i": 4, "I": 4, "l": 8, "L": 8,
          "q": 8, "Q": 8, "f": 4, "d": 8}

_LONG_MIN = -2 ** 63
_LONG_MAX = 2 ** 63 - 1
_ULONG_MAX = 2 ** 64 - 1


def _as_int(v):
    if isinstance(v, int):
        return int(v)
    raise TypeError(f"'{type(v).__name__}' object cannot be interpreted as an integer")


def _clong(v):
    v = _as_int(v)
    if v < _LONG_MIN or v > _LONG_MAX:
        raise OverflowError("Python int too large to convert to C long")
    return v


def _range(v, lo, hi, what):
    if v < lo:
        raise OverflowError(f"{what} is less than minimum")
    if v > hi:
        raise OverflowError(f"{what} is greater than maximum")
    return v


def _short(v):
    return _range(_clong(v), -32768, 32767, "signed short integer")


def _cint(v):
    return _range(_clong(v), -2 ** 31, 2 ** 31 - 1, "signed integer")


def _check_b(v):
    return _range(_short(v), -128, 127, "signed char")


def _check_B(v):
    return _range(_clong(v), 0, 255, "unsigned byte integer")


def _check_H(v):
    return _range(_cint(v), 0, 65535, "unsigned short")


def _check_I(v):
    v = _as_int(v)
    if v < 0:
        raise OverflowError("can't convert negative value to unsigned int")
    if v > _ULONG_MAX:
        raise OverflowError("Python int too large to convert to C unsigned long")
    if v > 2 ** 32 - 1:
        raise OverflowError("unsigned int is greater than maximum")
    return v


def _check_L(v):
    v = _as_int(v)
    if v < 0:
        raise OverflowError("can't convert negative value to unsigned int")
    if v > _ULONG_MAX:
        raise OverflowError("Python int too large to convert to C unsigned long")
    return v


def _check_q(v):
    v = _as_int(v)
    if v < _LONG_MIN or v > _LONG_MAX:
        raise OverflowError("int too big to convert")
    return v


def _check_Q(v):
    v = _as_int(v)
    if v < 0:
        raise OverflowError("can't convert negative int to unsigned")
    if v > _ULONG_MAX:
        raise OverflowError("int too big to convert")
    return v


def _check_d(v):
    if isinstance(v, float):
        return v
    if isinstance(v, int):
        return float(v)
    raise TypeError(f"must be real number, not {type(v).__name__}")


def _check_f(v):
    return _f32(_check_d(v))


def _check_u(v):
    if not isinstance(v, str) or len(v) != 1:
        raise TypeError(f"array item must be unicode character, not {type(v).__name__}")
    return v


_CHECK = {"b": _check_b, "B": _check_B, "u": _check_u, "h": _short, "H": _check_H,
          "i": _cint, "I": _check_I, "l": _clong, "L": _check_L, "q": _check_q,
          "Q": _check_Q, "f": _check_f, "d": _check_d}


class array:
    """array(typecode [, initializer]) -> array"""

    def __init__(self, typecode, initializer=None):
        if not isinstance(typecode, str) or len(typecode) != 1:
            raise TypeError("array() argument 1 must be a unicode character, not "
                            f"{type(typecode).__name__}")
        if typecode not in _CHECK:
            raise ValueError("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)")
        self._tc = typecode
        self._check = _CHECK[typecode]
        self._a = []
        if initializer is not None:
            if isinstance(initializer, str) and typecode != "u":
                raise TypeError("cannot use a str to initialize an array with "
                                f"typecode '{typecode}'")
            if isinstance(initializer, array):
                if initializer._tc == "u" and typecode != "u":
                    raise TypeError("cannot use a unicode array to initialize an array "
                                    f"with typecode '{typecode}'")
                self._a = [self._check(x) for x in initializer._a]
            else:
                check = self._check
                self._a = [check(x) for x in initializer]

    @property
    def typecode(self):
        return self._tc

    @property
    def itemsize(self):
        return _SIZES[self._tc]

    def _new(self, items):
        r = array(self._tc)
        r._a = items
        return r

    def append(self, v):
        self._a.append(self._check(v))

    def extend(self, iterable):
        if isinstance(iterable, array):
            if iterable._tc != self._tc:
                raise TypeError("can only extend with array of same kind")
            self._a.extend(iterable._a)
        else:
            check = self._check
            self._a.extend([check(x) for x in iterable])

    def fromlist(self, lst):
        if not isinstance(lst, list):
            raise TypeError("arg must be list")
        check = self._check
        self._a.extend([check(x) for x in lst])

    def tolist(self):
        return list(self._a)

    def insert(self, i, v):
        self._a.insert(i, self._check(v))

    def pop(self, i=-1):
        if not self._a:
            raise IndexError("pop from empty array")
        try:
            return self._a.pop(i)
        except IndexError:
            raise IndexError("pop index out of range") from None

    def remove(self, v):
        try:
            self._a.remove(v)
        except ValueError:
            raise ValueError("array.remove(x): x not in array") from None

    def index(self, v, start=0, stop=None):
        a = self._a
        n = len(a)
        if stop is None:
            stop = n
        if start < 0:
            start = max(start + n, 0)
        if stop < 0:
            stop = max(stop + n, 0)
        for i in range(start, min(stop, n)):
            if a[i] == v:
                return i
        raise ValueError("array.index(x): x not in array")

    def count(self, v):
        return self._a.count(v)

    def reverse(self):
        self._a.reverse()

    def buffer_info(self):
        return (0, len(self._a))

    def __len__(self):
        return len(self._a)

    def __iter__(self):
        return iter(self._a)

    def __reversed__(self):
        return reversed(self._a)

    def __contains__(self, v):
        return v in self._a

    def __getitem__(self, i):
        if isinstance(i, slice):
            return self._new(self._a[i])
        try:
            return self._a[i]
        except IndexError:
            raise IndexError("array index out of range") from None

    def __setitem__(self, i, v):
        if isinstance(i, slice):
            if not isinstance(v, array):
                raise TypeError("can only assign array (not \"" + type(v).__name__ +
                                "\") to array slice")
            if v._tc != self._tc:
                raise TypeError("bad argument type for built-in operation")
            self._a[i] = v._a
            return
        v = self._check(v)
        try:
            self._a[i] = v
        except IndexError:
            raise IndexError("array assignment index out of range") from None

    def __delitem__(self, i):
        try:
            del self._a[i]
        except IndexError:
            raise IndexError("array assignment index out of range") from None

    def __add__(self, other):
        if not isinstance(other, array):
            raise TypeError(f'can only append array (not "{type(other).__name__}") to array')
        if other._tc != self._tc:
            raise TypeError("bad argument type for built-in operation")
        return self._new(self._a + other._a)

    def __iadd__(self, other):
        if not isinstance(other, array):
            raise TypeError(f'can only extend array with array (not "{type(other).__name__}")')
        if other._tc != self._tc:
            raise TypeError("can only extend with array of same kind")
        self._a.extend(other._a)
        return self

    def __mul__(self, n):
        return self._new(self._a * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        self._a *= n
        return self

    def __eq__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._a == other._a

    def __ne__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._a != other._a

    def __lt__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._a < other._a

    def __le__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._a <= other._a

    def __gt__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._a > other._a

    def __ge__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._a >= other._a

    __hash__ = None

    def __copy__(self):
        return self._new(list(self._a))

    def __deepcopy__(self, memo):
        return self._new(list(self._a))

    def __repr__(self):
        if not self._a:
            return f"array('{self._tc}')"
        if self._tc == "u":
            return f"array('u', {''.join(self._a)!r})"
        return f"array('{self._tc}', {self._a!r})"

    def tounicode(self):
        if self._tc != "u":
            raise ValueError("tounicode() may only be called on unicode type arrays")
        return "".join(self._a)


ArrayType = array
