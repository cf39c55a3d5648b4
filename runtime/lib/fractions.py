"""Fraction, rational numbers in lowest terms (Kiln's own implementation of the
fractions module's API, after CPython 3.11's semantics: construction from ints,
Fractions, floats and strings, exact arithmetic with ints and Fractions, float
arithmetic with floats, CPython's hash so equal numbers hash alike)."""

import math

__all__ = ['Fraction']

# sys.hash_info.modulus and .inf on 64-bit CPython.
_HASH_MODULUS = (1 << 61) - 1
_HASH_INF = 314159


def _parse(s):
    """(numerator, denominator) of a Fraction literal: 'n', 'n/d', or a decimal with an
    optional exponent; spaces around it and one sign allowed, underscores between digits."""
    t = s.strip()
    sign = 1
    if t[:1] in ('+', '-'):
        if t[0] == '-':
            sign = -1
        t = t[1:]

    def digits(x):
        if not x or x[0] == '_' or x[-1] == '_' or '__' in x:
            raise ValueError
        x = x.replace('_', '')
        if not x.isdigit() or not x.isascii():
            raise ValueError
        return x

    try:
        if '/' in t:
            n, d = t.split('/', 1)
            return sign * int(digits(n)), int(digits(d))
        mant, exp = t, 0
        for e in 'eE':
            if e in t:
                mant, es = t.split(e, 1)
                esign = 1
                if es[:1] in ('+', '-'):
                    if es[0] == '-':
                        esign = -1
                    es = es[1:]
                exp = esign * int(digits(es))
                break
        if '.' in mant:
            ip, fp = mant.split('.', 1)
            if not ip and not fp:
                raise ValueError
            ip = digits(ip) if ip else '0'
            fp = digits(fp) if fp else ''
            num, den = int(ip + fp), 10 ** len(fp)
        else:
            num, den = int(digits(mant)), 1
    except ValueError:
        raise ValueError('Invalid literal for Fraction: %r' % s) from None
    if exp >= 0:
        num *= 10 ** exp
    else:
        den *= 10 ** -exp
    return sign * num, den


class Fraction:
    """This class implements rational numbers."""

    __slots__ = ('_numerator', '_denominator')

    def __new__(cls, numerator=0, denominator=None, *, _normalize=True):
        self = object.__new__(cls)
        if denominator is None:
            if type(numerator) is int:
                self._numerator = numerator
                self._denominator = 1
                return self
            elif isinstance(numerator, Fraction):
                self._numerator = numerator._numerator
                self._denominator = numerator._denominator
                return self
            elif isinstance(numerator, int):
                self._numerator = int(numerator)
                self._denominator = 1
                return self
            elif isinstance(numerator, float):
                numerator, denominator = numerator.as_integer_ratio()
                self._numerator = numerator
                self._denominator = denominator
                return self
            elif isinstance(numerator, str):
                numerator, denominator = _parse(numerator)
            else:
                raise TypeError("argument should be a string or a Rational instance")
        elif type(numerator) is int is type(denominator):
            pass
        elif isinstance(numerator, (int, Fraction)) and isinstance(denominator, (int, Fraction)):
            numerator, denominator = (
                Fraction(numerator)._numerator * Fraction(denominator)._denominator,
                Fraction(denominator)._numerator * Fraction(numerator)._denominator,
            )
        else:
            raise TypeError("both arguments should be Rational instances")
        if denominator == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % numerator)
        if _normalize:
            g = math.gcd(numerator, denominator)
            if denominator < 0:
                g = -g
            numerator //= g
            denominator //= g
        self._numerator = numerator
        self._denominator = denominator
        return self

    @classmethod
    def from_float(cls, f):
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError("%s.from_float() only takes floats, not %r (%s)"
                            % (cls.__name__, f, type(f).__name__))
        return cls(*f.as_integer_ratio())

    def as_integer_ratio(self):
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        """Closest Fraction to self with denominator at most max_denominator."""
        if max_denominator < 1:
            raise ValueError("max_denominator should be at least 1")
        if self._denominator <= max_denominator:
            return Fraction(self)
        p0, q0, p1, q1 = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            q2 = q0 + a * q1
            if q2 > max_denominator:
                break
            p0, q0, p1, q1 = p1, q1, p0 + a * p1, q2
            n, d = d, n - a * d
        k = (max_denominator - q0) // q1
        if 2 * d * (q0 + k * q1) <= self._denominator:
            return Fraction(p1, q1, _normalize=False)
        else:
            return Fraction(p0 + k * p1, q0 + k * q1, _normalize=False)

    @property
    def numerator(a):
        return a._numerator

    @property
    def denominator(a):
        return a._denominator

    def __repr__(self):
        return '%s(%s, %s)' % (self.__class__.__name__, self._numerator, self._denominator)

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return '%s/%s' % (self._numerator, self._denominator)

    # ---- arithmetic: exact with ints and Fractions, float with floats ----

    def _operands(self, other):
        """(numerator, denominator) of a Rational operand, or None."""
        if isinstance(other, Fraction):
            return other._numerator, other._denominator
        if isinstance(other, int):
            return int(other), 1
        return None

    def _operators(exact, on_floats):
        """The forward and reflected methods of one operator (as CPython's
        `_operator_fallbacks`): `exact(na, da, nb, db)` on two Rationals,
        `on_floats(x, y)` when a float is involved, else NotImplemented."""

        def forward(a, b):
            o = a._operands(b)
            if o is not None:
                return exact(a._numerator, a._denominator, o[0], o[1])
            if isinstance(b, float):
                return on_floats(float(a), b)
            return NotImplemented

        def reverse(b, a):
            o = b._operands(a)
            if o is not None:
                return exact(o[0], o[1], b._numerator, b._denominator)
            if isinstance(a, float):
                return on_floats(a, float(b))
            return NotImplemented

        return forward, reverse

    def _divmod(na, da, nb, db):
        div, n_mod = divmod(na * db, da * nb)
        return div, Fraction(n_mod, da * db)

    __add__, __radd__ = _operators(
        lambda na, da, nb, db: Fraction(na * db + nb * da, da * db), lambda x, y: x + y)
    __sub__, __rsub__ = _operators(
        lambda na, da, nb, db: Fraction(na * db - nb * da, da * db), lambda x, y: x - y)
    __mul__, __rmul__ = _operators(
        lambda na, da, nb, db: Fraction(na * nb, da * db), lambda x, y: x * y)
    __truediv__, __rtruediv__ = _operators(
        lambda na, da, nb, db: Fraction(na * db, da * nb), lambda x, y: x / y)
    __floordiv__, __rfloordiv__ = _operators(
        lambda na, da, nb, db: (na * db) // (da * nb), lambda x, y: x // y)
    __mod__, __rmod__ = _operators(
        lambda na, da, nb, db: Fraction((na * db) % (nb * da), da * db), lambda x, y: x % y)
    __divmod__, __rdivmod__ = _operators(_divmod, divmod)
    del _operators, _divmod

    def __pow__(a, b):
        if isinstance(b, Fraction) and b._denominator == 1:
            b = b._numerator
        if isinstance(b, int):
            power = int(b)
            if power >= 0:
                return Fraction(a._numerator ** power, a._denominator ** power,
                                _normalize=False)
            elif a._numerator >= 0:
                return Fraction(a._denominator ** -power, a._numerator ** -power)
            else:
                return Fraction((-a._denominator) ** -power, (-a._numerator) ** -power)
        if isinstance(b, (float, Fraction)):
            return float(a) ** float(b)
        return NotImplemented

    def __rpow__(b, a):
        if b._denominator == 1 and b._numerator >= 0:
            return a ** b._numerator
        if isinstance(a, Fraction):
            return Fraction(a._numerator, a._denominator) ** b
        if isinstance(a, int):
            return Fraction(a) ** b
        if isinstance(a, float):
            return a ** float(b)
        return NotImplemented

    def __pos__(a):
        return Fraction(a._numerator, a._denominator, _normalize=False)

    def __neg__(a):
        return Fraction(-a._numerator, a._denominator, _normalize=False)

    def __abs__(a):
        return Fraction(abs(a._numerator), a._denominator, _normalize=False)

    def __int__(a):
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator

    __trunc__ = __int__

    def __float__(a):
        return a._numerator / a._denominator

    def __floor__(a):
        return a._numerator // a._denominator

    def __ceil__(a):
        return -(-a._numerator // a._denominator)

    def __round__(self, ndigits=None):
        if ndigits is None:
            floor, remainder = divmod(self._numerator, self._denominator)
            if remainder * 2 < self._denominator:
                return floor
            elif remainder * 2 > self._denominator:
                return floor + 1
            elif floor % 2 == 0:
                return floor
            else:
                return floor + 1
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        else:
            return Fraction(round(self / shift) * shift)

    def __hash__(self):
        try:
            dinv = pow(self._denominator, -1, _HASH_MODULUS)
        except ValueError:
            hash_ = _HASH_INF
        else:
            hash_ = hash(hash(abs(self._numerator)) * dinv)
        result = hash_ if self._numerator >= 0 else -hash_
        return -2 if result == -1 else result

    # ---- comparisons ----

    def __eq__(a, b):
        if type(b) is int:
            return a._numerator == b and a._denominator == 1
        if isinstance(b, Fraction):
            return a._numerator == b._numerator and a._denominator == b._denominator
        if isinstance(b, int):
            return a._numerator == b and a._denominator == 1
        if isinstance(b, float):
            if math.isnan(b) or math.isinf(b):
                return 0.0 == b
            return a == a.from_float(b)
        return NotImplemented

    def _richcmp(self, other, op):
        o = self._operands(other)
        if o is not None:
            return op(self._numerator * o[1], self._denominator * o[0])
        if isinstance(other, float):
            if math.isnan(other) or math.isinf(other):
                return op(0.0, other)
            return op(self, self.from_float(other))
        return NotImplemented

    def __lt__(a, b):
        return a._richcmp(b, lambda x, y: x < y)

    def __gt__(a, b):
        return a._richcmp(b, lambda x, y: x > y)

    def __le__(a, b):
        return a._richcmp(b, lambda x, y: x <= y)

    def __ge__(a, b):
        return a._richcmp(b, lambda x, y: x >= y)

    def __bool__(a):
        return bool(a._numerator)

    def __reduce__(self):
        return (self.__class__, (self._numerator, self._denominator))

    def __copy__(self):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)
