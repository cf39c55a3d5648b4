"""Decimal fixed and floating point arithmetic (Kiln's own, pure Python).

A Decimal is a sign, an integer coefficient and an exponent (or a special: NaN, sNaN,
Infinity). Arithmetic rounds to the context's precision with its rounding mode and
records the signals it raises (flags), raising those the context traps. Here: the
constructors, + - * / // % divmod ** (integral exponents), comparisons and hashing
compatible with int and float, quantize, to_integral_value, normalize, sqrt, the sci/eng
string forms and format() for e/f/g/% and thousands separators, contexts
(getcontext, setcontext, localcontext, Context) and the signal classes. Not here: exp,
ln, log10, logical operations, and fma."""

import math as _math

__all__ = [
    "Decimal", "Context", "DecimalTuple", "DefaultContext", "BasicContext",
    "ExtendedContext", "DecimalException", "Clamped", "InvalidOperation",
    "DivisionByZero", "Inexact", "Rounded", "Subnormal", "Overflow", "Underflow",
    "FloatOperation", "DivisionImpossible", "InvalidContext", "ConversionSyntax",
    "DivisionUndefined", "ROUND_DOWN", "ROUND_HALF_UP", "ROUND_HALF_EVEN", "ROUND_CEILING",
    "ROUND_FLOOR", "ROUND_UP", "ROUND_HALF_DOWN", "ROUND_05UP", "setcontext", "getcontext",
    "localcontext", "MAX_PREC", "MAX_EMAX", "MIN_EMIN", "MIN_ETINY", "HAVE_THREADS",
    "HAVE_CONTEXTVAR",
]

__version__ = "1.70"
__libmpdec_version__ = "2.5.1"

MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)
HAVE_THREADS = True
HAVE_CONTEXTVAR = True

ROUND_DOWN = "ROUND_DOWN"
ROUND_HALF_UP = "ROUND_HALF_UP"
ROUND_HALF_EVEN = "ROUND_HALF_EVEN"
ROUND_CEILING = "ROUND_CEILING"
ROUND_FLOOR = "ROUND_FLOOR"
ROUND_UP = "ROUND_UP"
ROUND_HALF_DOWN = "ROUND_HALF_DOWN"
ROUND_05UP = "ROUND_05UP"
_ROUNDINGS = (ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR,
              ROUND_UP, ROUND_HALF_DOWN, ROUND_05UP)


class DecimalException(ArithmeticError):
    pass


class Clamped(DecimalException):
    pass


class InvalidOperation(DecimalException):
    pass


class ConversionSyntax(InvalidOperation):
    pass


class DivisionByZero(DecimalException, ZeroDivisionError):
    pass


class DivisionImpossible(InvalidOperation):
    pass


class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    pass


class Inexact(DecimalException):
    pass


class InvalidContext(InvalidOperation):
    pass


class Rounded(DecimalException):
    pass


class Subnormal(DecimalException):
    pass


class Overflow(Inexact, Rounded):
    pass


class Underflow(Inexact, Rounded, Subnormal):
    pass


class FloatOperation(DecimalException, TypeError):
    pass


_SIGNALS = [Clamped, DivisionByZero, Inexact, Overflow, Rounded, Underflow,
            InvalidOperation, Subnormal, FloatOperation]
# What a condition's signal is (the flag that is set and the trap that is checked).
_CONDITION_SIGNAL = {ConversionSyntax: InvalidOperation, DivisionImpossible: InvalidOperation,
                     DivisionUndefined: InvalidOperation, InvalidContext: InvalidOperation}


class DecimalTuple(tuple):
    def __new__(cls, sign, digits, exponent):
        return tuple.__new__(cls, (sign, digits, exponent))

    sign = property(lambda self: self[0])
    digits = property(lambda self: self[1])
    exponent = property(lambda self: self[2])

    def __repr__(self):
        return "DecimalTuple(sign=%r, digits=%r, exponent=%r)" % tuple(self)


# ---- contexts ------------------------------------------------------------------------------

class Context:
    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None, capitals=None,
                 clamp=None, flags=None, traps=None, _ignored_flags=None):
        dc = DefaultContext if "DefaultContext" in globals() else None
        self.prec = prec if prec is not None else (dc.prec if dc else 28)
        self.rounding = rounding if rounding is not None else (dc.rounding if dc else ROUND_HALF_EVEN)
        self.Emin = Emin if Emin is not None else (dc.Emin if dc else -999999)
        self.Emax = Emax if Emax is not None else (dc.Emax if dc else 999999)
        self.capitals = capitals if capitals is not None else (dc.capitals if dc else 1)
        self.clamp = clamp if clamp is not None else (dc.clamp if dc else 0)
        if rounding is not None and rounding not in _ROUNDINGS:
            raise TypeError("valid values for rounding are:\n  [ROUND_CEILING, ROUND_FLOOR, "
                            "ROUND_UP, ROUND_DOWN,\n   ROUND_HALF_UP, ROUND_HALF_DOWN, "
                            "ROUND_HALF_EVEN,\n   ROUND_05UP]")
        if traps is None:
            traps = dict(dc.traps) if dc else {s: s in (InvalidOperation, DivisionByZero, Overflow)
                                               for s in _SIGNALS}
        elif not isinstance(traps, dict):
            traps = {s: s in traps for s in _SIGNALS}
        if flags is None:
            flags = {s: False for s in _SIGNALS}
        elif not isinstance(flags, dict):
            flags = {s: s in flags for s in _SIGNALS}
        self.traps = {s: bool(traps.get(s, False)) for s in _SIGNALS}
        self.flags = {s: bool(flags.get(s, False)) for s in _SIGNALS}

    def __repr__(self):
        flags = [f.__name__ for f, v in self.flags.items() if v]
        traps = [t.__name__ for t, v in self.traps.items() if v]
        return ("Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, capitals=%d, clamp=%d, "
                "flags=[%s], traps=[%s])" % (self.prec, self.rounding, self.Emin, self.Emax,
                                              self.capitals, self.clamp, ", ".join(flags),
                                              ", ".join(traps)))

    def copy(self):
        return Context(self.prec, self.rounding, self.Emin, self.Emax, self.capitals,
                       self.clamp, dict(self.flags), dict(self.traps))

    __copy__ = copy

    def clear_flags(self):
        for f in self.flags:
            self.flags[f] = False

    def clear_traps(self):
        for t in self.traps:
            self.traps[t] = False

    def Etiny(self):
        return self.Emin - self.prec + 1

    def Etop(self):
        return self.Emax - self.prec + 1

    def _raise(self, condition, explanation=None):
        signal = _CONDITION_SIGNAL.get(condition, condition)
        self.flags[signal] = True
        if self.traps[signal]:
            # The signal class, naming the condition (as CPython's C module does).
            raise signal([condition])
        if signal is InvalidOperation:
            return _NaN
        return None

    def create_decimal(self, num="0"):
        d = Decimal(num, context=self)
        if d._is_special:
            return d
        return d._fix(self)

    def create_decimal_from_float(self, f):
        return Decimal.from_float(f)._fix(self)

    # Operations as context methods.
    def abs(self, a):
        return _dec(a).__abs__(context=self)

    def add(self, a, b):
        return _dec(a).__add__(b, context=self)

    def subtract(self, a, b):
        return _dec(a).__sub__(b, context=self)

    def multiply(self, a, b):
        return _dec(a).__mul__(b, context=self)

    def divide(self, a, b):
        return _dec(a).__truediv__(b, context=self)

    def divide_int(self, a, b):
        return _dec(a).__floordiv__(b, context=self)

    def remainder(self, a, b):
        return _dec(a).__mod__(b, context=self)

    def divmod(self, a, b):
        return _dec(a).__divmod__(b, context=self)

    def power(self, a, b, modulo=None):
        return _dec(a).__pow__(b, modulo, context=self)

    def minus(self, a):
        return _dec(a).__neg__(context=self)

    def plus(self, a):
        return _dec(a).__pos__(context=self)

    def quantize(self, a, b):
        return _dec(a).quantize(b, context=self)

    def sqrt(self, a):
        return _dec(a).sqrt(context=self)

    def compare(self, a, b):
        return _dec(a).compare(b, context=self)

    def to_integral_value(self, a):
        return _dec(a).to_integral_value(context=self)

    to_integral = to_integral_value

    def normalize(self, a):
        return _dec(a).normalize(context=self)

    def to_sci_string(self, a):
        return _dec(a).__str__(context=self)

    def to_eng_string(self, a):
        return _dec(a).to_eng_string(context=self)

    def max(self, a, b):
        return _dec(a).max(b, context=self)

    def min(self, a, b):
        return _dec(a).min(b, context=self)


def _dec(a):
    if isinstance(a, Decimal):
        return a
    if isinstance(a, int):
        return Decimal(a)
    raise TypeError("conversion from %s to Decimal is not supported" % type(a).__name__)


import threading as _threading

_local = _threading.local()


def getcontext():
    try:
        return _local.context
    except AttributeError:
        context = Context()
        _local.context = context
        return context


def setcontext(context):
    if context in (DefaultContext, BasicContext, ExtendedContext):
        context = context.copy()
        context.clear_flags()
    _local.context = context


class _ContextManager:
    def __init__(self, new_context):
        self.new_context = new_context.copy()

    def __enter__(self):
        self.saved_context = getcontext()
        setcontext(self.new_context)
        return self.new_context

    def __exit__(self, t, v, tb):
        setcontext(self.saved_context)


def localcontext(ctx=None, **kwargs):
    if ctx is None:
        ctx = getcontext()
    manager = _ContextManager(ctx)
    for key, value in kwargs.items():
        if not hasattr(manager.new_context, key) or key in ("flags", "traps") and not isinstance(value, dict):
            raise TypeError("'%s' is an invalid keyword argument for this function" % key)
        setattr(manager.new_context, key, value)
    return manager


# ---- Decimal -------------------------------------------------------------------------------

def _parse(s):
    """(sign, coefficient digits, exponent, special) from a numeric string, or None."""
    s = s.strip()
    if "_" in s:
        import re
        if re.search(r"(^|[^0-9])_|_($|[^0-9])", s):
            return None
        s = s.replace("_", "")
    if not s:
        return None
    sign = 0
    if s[0] in "+-":
        sign = 1 if s[0] == "-" else 0
        s = s[1:]
    low = s.lower()
    if low in ("inf", "infinity"):
        return sign, "0", 0, "F"
    if low.startswith("nan") or low.startswith("snan"):
        special = "n" if low[0] == "n" else "N"
        digits = low[3:] if special == "n" else low[4:]
        if digits and not digits.isdigit():
            return None
        digits = digits.lstrip("0") or "0"
        return sign, digits if digits != "0" else "0", 0, special
    mant, e, exp_part = low.partition("e")
    exp = 0
    if e:
        if not exp_part or not (exp_part.lstrip("+-").isdigit()) or exp_part.count("+") + exp_part.count("-") > 1 or (exp_part[0] not in "+-0123456789"):
            return None
        exp = int(exp_part)
    intpart, dot, frac = mant.partition(".")
    if not intpart and not frac:
        return None
    if (intpart and not intpart.isdigit()) or (frac and not frac.isdigit()):
        return None
    if not all(c in "0123456789" for c in intpart + frac):
        return None
    digits = (intpart + frac).lstrip("0") or "0"
    return sign, digits, exp - len(frac), None


def _reflected(name):
    """`other <op> self` for an int other: Decimal(other).<name>(self)."""
    def op(self, other, context=None):
        other = _convert_other(other)
        if other is NotImplemented:
            return other
        return getattr(other, name)(self, context=context)
    op.__name__ = "__r" + name[2:]
    return op


class Decimal:
    """Floating-point decimal number: sign, coefficient, exponent."""
    __slots__ = ("_sign", "_int", "_exp", "_is_special")

    def __new__(cls, value="0", context=None):
        self = object.__new__(cls)
        if isinstance(value, str):
            parsed = _parse(value)
            if parsed is None:
                if context is None:
                    context = getcontext()
                context._raise(ConversionSyntax, "Invalid literal for Decimal: %r" % value)
                self._sign, self._int, self._exp, self._is_special = 0, "", "n", True
                return self
            sign, digits, exp, special = parsed
            self._sign = sign
            if special:
                self._int = "0" if special == "F" else (digits if digits != "0" else "")
                self._exp = special
                self._is_special = True
            else:
                self._int = digits
                self._exp = exp
                self._is_special = False
            return self
        if isinstance(value, int):
            self._sign = 1 if value < 0 else 0
            self._int = str(abs(value))
            self._exp = 0
            self._is_special = False
            return self
        if isinstance(value, Decimal):
            self._sign, self._int, self._exp, self._is_special = (
                value._sign, value._int, value._exp, value._is_special)
            return self
        if isinstance(value, (list, tuple)):
            if len(value) != 3:
                raise ValueError("Invalid tuple size in creation of Decimal from list or tuple."
                                 "  The list or tuple should have exactly three elements.")
            sign, digits, exp = value
            if sign not in (0, 1):
                raise ValueError("Invalid sign.  The first value in the tuple should be an "
                                 "integer; either 0 for a positive number or 1 for a negative "
                                 "number.")
            self._sign = sign
            if exp == "F":
                self._int, self._exp, self._is_special = "0", "F", True
                return self
            ds = "".join(str(d) for d in digits).lstrip("0")
            if exp in ("n", "N"):
                self._int, self._exp, self._is_special = ds, exp, True
                return self
            if not isinstance(exp, int):
                raise ValueError("The third value in the tuple must be an integer, or one of "
                                 "the strings 'F', 'n', 'N'.")
            self._int, self._exp, self._is_special = ds or "0", exp, False
            return self
        if isinstance(value, float):
            if context is None:
                context = getcontext()
            # Exact; recorded in the FloatOperation flag (raised if that is trapped).
            context._raise(FloatOperation, "strict semantics for mixing floats and "
                           "Decimals are enabled")
            d = Decimal.from_float(value)
            self._sign, self._int, self._exp, self._is_special = d._sign, d._int, d._exp, d._is_special
            return self
        raise TypeError("conversion from %s to Decimal is not supported" % type(value).__name__)

    @classmethod
    def from_float(cls, f):
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError("argument must be int or float.")
        if _math.isinf(f) or _math.isnan(f):
            return cls(repr(f))
        sign = 0 if _math.copysign(1.0, f) == 1.0 else 1
        n, d = abs(f).as_integer_ratio()
        k = d.bit_length() - 1
        coeff = str(n * 5 ** k)
        result = _new(sign, coeff, -k)
        return result if cls is Decimal else cls(result)

    @classmethod
    def from_decimal(cls, d):
        return cls(d)

    # -- properties --
    def _isnan(self):
        if self._is_special:
            if self._exp == "n":
                return 1
            if self._exp == "N":
                return 2
        return 0

    def _isinfinity(self):
        if self._exp == "F":
            return -1 if self._sign else 1
        return 0

    def is_nan(self):
        return self._is_special and self._exp in ("n", "N")

    def is_snan(self):
        return self._exp == "N"

    def is_qnan(self):
        return self._exp == "n"

    def is_infinite(self):
        return self._exp == "F"

    def is_finite(self):
        return not self._is_special

    def is_zero(self):
        return not self._is_special and self._int == "0"

    def is_signed(self):
        return self._sign == 1

    def is_normal(self, context=None):
        if self._is_special or self.is_zero():
            return False
        if context is None:
            context = getcontext()
        return context.Emin <= self.adjusted()

    def adjusted(self):
        try:
            return self._exp + len(self._int) - 1
        except TypeError:
            return 0

    def as_tuple(self):
        return DecimalTuple(self._sign, tuple(map(int, self._int)), self._exp)

    def as_integer_ratio(self):
        if self._is_special:
            if self.is_nan():
                raise ValueError("cannot convert NaN to integer ratio")
            raise OverflowError("cannot convert Infinity to integer ratio")
        if not self:
            return 0, 1
        n = int(self._int)
        if self._exp >= 0:
            n, d = n * 10 ** self._exp, 1
        else:
            d5 = -self._exp
            while d5 > 0 and n % 5 == 0:
                n //= 5
                d5 -= 1
            d2 = -self._exp
            shift2 = min((n & -n).bit_length() - 1, d2)
            if shift2:
                n >>= shift2
                d2 -= shift2
            d = 5 ** d5 << d2
        if self._sign:
            n = -n
        return n, d

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return Decimal(0)

    def conjugate(self):
        return self

    def copy_abs(self):
        return _new(0, self._int, self._exp, self._is_special)

    def copy_negate(self):
        return _new(1 - self._sign, self._int, self._exp, self._is_special)

    def copy_sign(self, other, context=None):
        other = _convert_other(other, raiseit=True)
        return _new(other._sign, self._int, self._exp, self._is_special)

    # -- string forms --
    def __repr__(self):
        return "Decimal('%s')" % str(self)

    def __str__(self, eng=False, context=None):
        sign = "-" if self._sign else ""
        if self._is_special:
            if self._exp == "F":
                return sign + "Infinity"
            if self._exp == "n":
                return sign + "NaN" + self._int
            return sign + "sNaN" + self._int
        leftdigits = self._exp + len(self._int)
        if self._exp <= 0 and leftdigits > -6:
            dotplace = leftdigits
        elif not eng:
            dotplace = 1
        elif self._int == "0":
            dotplace = (leftdigits + 1) % 3 - 1
        else:
            dotplace = (leftdigits - 1) % 3 + 1
        if dotplace <= 0:
            intpart = "0"
            fracpart = "." + "0" * (-dotplace) + self._int
        elif dotplace >= len(self._int):
            intpart = self._int + "0" * (dotplace - len(self._int))
            fracpart = ""
        else:
            intpart = self._int[:dotplace]
            fracpart = "." + self._int[dotplace:]
        if leftdigits == dotplace:
            exp = ""
        else:
            if context is None:
                context = getcontext()
            exp = ["e", "E"][context.capitals] + "%+d" % (leftdigits - dotplace)
        return sign + intpart + fracpart + exp

    def to_eng_string(self, context=None):
        return self.__str__(eng=True, context=context)

    def __format__(self, specifier, context=None):
        if context is None:
            context = getcontext()
        spec = _parse_format(specifier)
        if self._is_special:
            body = str(self.copy_abs()) if not self.is_nan() else ("NaN" if self._exp == "n" else "sNaN")
            if self._exp == "F":
                body = "Infinity"
            if spec["type"] == "%":
                body += "%"
            return _finish_format(self._sign, body, spec)
        rounding = spec.get("rounding") or context.rounding
        prec = spec["precision"]
        t = spec["type"] or ("g" if prec is not None else None)
        if t == "%":
            self = _new(self._sign, self._int, self._exp + 2)
        if t in ("e", "E"):
            if prec is not None:
                self = self._round_sig(prec + 1, rounding)
        elif t in ("f", "F", "%"):
            if prec is not None:
                self = self._rescale(-prec, rounding)
        elif t in ("g", "G"):
            if prec is not None:
                self = self._round_sig(prec or 1, rounding)
        # The digits and where the point goes.
        leftdigits = self._exp + len(self._int)
        if t in ("e", "E"):
            dotplace = 1
        elif t in ("f", "F", "%"):
            dotplace = leftdigits
        elif self._exp <= 0 and leftdigits > -6:
            dotplace = leftdigits
        else:
            dotplace = 1
        if dotplace < 0:
            intpart = "0"
            fracpart = "0" * (-dotplace) + self._int
        elif dotplace > len(self._int):
            intpart = self._int + "0" * (dotplace - len(self._int))
            fracpart = ""
        else:
            intpart = self._int[:dotplace] or "0"
            fracpart = self._int[dotplace:]
        exp = leftdigits - dotplace
        if t in ("e", "E") and prec is not None and len(fracpart) < prec:
            fracpart += "0" * (prec - len(fracpart))
        echar = {"E": "E", "e": "e", "G": "E", "g": "e"}.get(t, "E" if context.capitals else "e")
        body = _group(intpart, spec)
        if fracpart or spec["alt"]:
            body += "." + fracpart
        if exp != 0 or t in ("e", "E"):
            body += "%s%+d" % (echar, exp)
        if t == "%":
            body += "%"
        return _finish_format(self._sign, body, spec)

    # -- conversions --
    def __int__(self):
        if self._is_special:
            if self.is_nan():
                raise ValueError("cannot convert NaN to integer")
            raise OverflowError("cannot convert Infinity to integer")
        s = (-1) ** self._sign
        if self._exp >= 0:
            return s * int(self._int) * 10 ** self._exp
        return s * int(self._int[:self._exp] or "0")

    __trunc__ = __int__

    def __float__(self):
        if self.is_nan():
            if self.is_snan():
                raise ValueError("cannot convert signaling NaN to float")
            s = "-nan" if self._sign else "nan"
        else:
            s = str(self)
        return float(s)

    def __index__(self):
        raise TypeError("'decimal.Decimal' object cannot be interpreted as an integer")

    def __bool__(self):
        return self._is_special or self._int != "0"

    def __round__(self, n=None):
        if n is not None:
            if not isinstance(n, int):
                raise TypeError("Second argument to round should be integral")
            exp = _new(0, "1", -n)
            return self.quantize(exp)
        return self._round_to_int(ROUND_HALF_EVEN)

    def __floor__(self):
        return self._round_to_int(ROUND_FLOOR)

    def __ceil__(self):
        return self._round_to_int(ROUND_CEILING)

    def _round_to_int(self, rounding):
        """round()/floor()/ceil(): the int `rounding` gives (no NaN or infinity)."""
        if self._is_special:
            if self.is_nan():
                raise ValueError("cannot round a NaN")
            raise OverflowError("cannot round an infinity")
        return int(self._rescale(0, rounding))

    # -- comparison and hashing --
    def _cmp(self, other):
        """-1, 0, 1 for finite/infinite operands (NaNs handled by callers)."""
        if self._is_special or other._is_special:
            a, b = self._isinfinity(), other._isinfinity()
            if a == b:
                return 0
            if a or b:
                sa = a if a else (0 if not self else (-1 if self._sign else 1)) * 0.5
                sb = b if b else (0 if not other else (-1 if other._sign else 1)) * 0.5
                return -1 if sa < sb else 1
        if not self:
            if not other:
                return 0
            return -((-1) ** other._sign)
        if not other:
            return (-1) ** self._sign
        if other._sign < self._sign:
            return -1
        if self._sign < other._sign:
            return 1
        sa, sb = self.adjusted(), other.adjusted()
        if sa == sb:
            a = self._int + "0" * (self._exp - other._exp)
            b = other._int + "0" * (other._exp - self._exp)
            a, b = a.ljust(len(b), "0"), b.ljust(len(a), "0")
            if a == b:
                return 0
            r = -1 if a < b else 1
        else:
            r = -1 if sa < sb else 1
        return -r if self._sign else r

    def __eq__(self, other):
        other = _convert_for_comparison(self, other, True)
        if other is NotImplemented:
            return other
        if self.is_nan() or other.is_nan():
            return False
        return self._cmp(other) == 0

    def _order(self, other, test):
        other = _convert_for_comparison(self, other, False)
        if other is NotImplemented:
            return other
        if self.is_nan() or other.is_nan():
            getcontext()._raise(InvalidOperation, "comparison involving NaN")
            return False
        return test(self._cmp(other))

    def __lt__(self, other):
        return self._order(other, lambda c: c < 0)

    def __le__(self, other):
        return self._order(other, lambda c: c <= 0)

    def __gt__(self, other):
        return self._order(other, lambda c: c > 0)

    def __ge__(self, other):
        return self._order(other, lambda c: c >= 0)

    def compare(self, other, context=None):
        other = _convert_other(other, raiseit=True)
        if self.is_nan() or other.is_nan():
            return _NaN
        return Decimal(self._cmp(other))

    def max(self, other, context=None):
        other = _convert_other(other, raiseit=True)
        c = self._cmp(other)
        if c == 0:
            c = self.compare_total(other)._int != "0" and int(self.compare_total(other))
        return (other if c < 0 else self)._fix(context or getcontext())

    def min(self, other, context=None):
        other = _convert_other(other, raiseit=True)
        c = self._cmp(other)
        if c == 0:
            c = self.compare_total(other)._int != "0" and int(self.compare_total(other))
        return (self if c < 0 else other)._fix(context or getcontext())

    def compare_total(self, other, context=None):
        other = _convert_other(other, raiseit=True)
        if self._sign != other._sign:
            return Decimal(-1) if self._sign else Decimal(1)
        c = self._cmp(other)
        if c == 0 and not self._is_special:
            c = -1 if self._exp < other._exp else (1 if self._exp > other._exp else 0)
            if self._sign:
                c = -c
        return Decimal(c)

    def __hash__(self):
        if self._is_special:
            if self.is_snan():
                raise TypeError("Cannot hash a signaling NaN value.")
            if self.is_nan():
                return object.__hash__(self)
            return -314159 if self._sign else 314159
        modulus = 2 ** 61 - 1
        if self._exp >= 0:
            exp_hash = pow(10, self._exp, modulus)
        else:
            exp_hash = pow(pow(10, -1, modulus), -self._exp, modulus)
        hash_ = int(self._int) * exp_hash % modulus
        ans = hash_ if self._sign == 0 else -hash_
        return -2 if ans == -1 else ans

    def __reduce__(self):
        return (self.__class__, (str(self),))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    # -- rounding core --
    def _round_digits(self, keep, rounding):
        """The coefficient cut to `keep` leading digits with `rounding`:
        (new coefficient string, carried) where carried means an extra digit appeared."""
        digits = self._int
        if keep >= len(digits):
            return digits, False
        if keep < 0:
            head, tail = "0", "0" * (-keep) + digits
            keep = 0
        else:
            head, tail = digits[:keep] or "0", digits[keep:]
        up = _round_up(rounding, self._sign, head, tail)
        if up:
            new = str(int(head) + 1)
            if keep and len(new) > keep:
                return new, True
            return new, False
        return head, False

    def _rescale(self, exp, rounding):
        """This number with exponent `exp` (rounded or zero-padded)."""
        if self._is_special:
            return Decimal(self)
        if not self:
            return _new(self._sign, "0", exp)
        if self._exp >= exp:
            return _new(self._sign, self._int + "0" * (self._exp - exp), exp)
        keep = len(self._int) + self._exp - exp
        digits = self._int
        if keep < 0:
            digits = "0" * (-keep) + digits
            keep = 0
        head, tail = digits[:keep] or "0", digits[keep:]
        if _round_up(rounding, self._sign, head, tail):
            head = str(int(head) + 1)
        return _new(self._sign, head.lstrip("0") or "0", exp)

    def _round_sig(self, places, rounding):
        """Rounded to `places` significant digits."""
        if self._is_special or not self:
            return Decimal(self)
        exp = self._exp + len(self._int) - places
        ans = self._rescale(exp, rounding)
        if len(ans._int) > places:
            ans = ans._rescale(exp + 1, rounding)
        return ans

    def _fix(self, context):
        """Round to the context's precision and check its exponent limits, raising the
        signals that applies."""
        if self._is_special:
            if self.is_snan():
                return context._raise(InvalidOperation, "sNaN") or _NaN
            return self
        Etiny = context.Etiny()
        Etop = context.Etop()
        if not self:
            exp_max = [context.Emax, Etop][context.clamp]
            new_exp = min(max(self._exp, Etiny), exp_max)
            if new_exp != self._exp:
                context._raise(Clamped)
                return _new(self._sign, "0", new_exp)
            return self
        exp_min = len(self._int) + self._exp - context.prec
        if exp_min > Etop:
            ans = context._raise(Overflow, "above Emax")
            context._raise(Inexact)
            context._raise(Rounded)
            return _overflow_result(context, self._sign)
        self_is_subnormal = exp_min < Etiny
        if self_is_subnormal:
            exp_min = Etiny
        if self._exp < exp_min:
            digits = len(self._int) + self._exp - exp_min
            if digits < 0:
                self = _new(self._sign, "1", exp_min - 1)
                digits = 0
            ans = self._rescale(exp_min, context.rounding)
            if len(ans._int) > context.prec:
                ans = _new(ans._sign, ans._int[:-1], ans._exp + 1)
                if ans._exp > Etop:
                    context._raise(Overflow, "above Emax")
                    return _overflow_result(context, self._sign)
            changed = ans._int + "0" * (ans._exp - self._exp) != self._int.ljust(
                len(self._int), "0") or ans._cmp(self) != 0
            if self_is_subnormal:
                context._raise(Underflow if changed else Subnormal)
                if changed:
                    context._raise(Subnormal)
            if changed:
                context._raise(Inexact)
            context._raise(Rounded)
            if not ans:
                context._raise(Clamped)
            return ans
        if self_is_subnormal:
            context._raise(Subnormal)
        if context.clamp == 1 and self._exp > Etop:
            context._raise(Clamped)
            padded = self._int + "0" * (self._exp - Etop)
            return _new(self._sign, padded, Etop)
        return self

    # -- arithmetic --
    def _check_nans(self, other, context):
        a = self._isnan()
        b = other._isnan() if other is not None else 0
        if a or b:
            if a == 2:
                return context._raise(InvalidOperation, "sNaN") or _new(self._sign, self._int, "n", True)
            if b == 2:
                return context._raise(InvalidOperation, "sNaN") or _new(other._sign, other._int, "n", True)
            if a:
                return self
            return other
        return None

    def __neg__(self, context=None):
        if context is None:
            context = getcontext()
        if self._is_special:
            ans = self._check_nans(None, context)
            if ans is not None:
                return ans
        if not self and context.rounding != ROUND_FLOOR:
            ans = self.copy_abs()
        else:
            ans = self.copy_negate()
        return ans._fix(context)

    def __pos__(self, context=None):
        if context is None:
            context = getcontext()
        if self._is_special:
            ans = self._check_nans(None, context)
            if ans is not None:
                return ans
        if not self and context.rounding != ROUND_FLOOR:
            ans = self.copy_abs()
        else:
            ans = Decimal(self)
        return ans._fix(context)

    def __abs__(self, round=True, context=None):
        if not round:
            return self.copy_abs()
        if self._is_special:
            ans = self._check_nans(None, context or getcontext())
            if ans is not None:
                return ans
        return (self.__neg__(context) if self._sign else self.__pos__(context))

    def __add__(self, other, context=None):
        other = _convert_other(other)
        if other is NotImplemented:
            return other
        if context is None:
            context = getcontext()
        if self._is_special or other._is_special:
            ans = self._check_nans(other, context)
            if ans is not None:
                return ans
            if self._isinfinity():
                if self._sign != other._sign and other._isinfinity():
                    return context._raise(InvalidOperation, "-INF + INF")
                return Decimal(self)
            if other._isinfinity():
                return Decimal(other)
        exp = min(self._exp, other._exp)
        negativezero = 0
        if context.rounding == ROUND_FLOOR and self._sign != other._sign:
            negativezero = 1
        if not self and not other:
            sign = min(self._sign, other._sign)
            if negativezero:
                sign = 1
            return _new(sign, "0", exp)._fix(context)
        a = int(self._int) * 10 ** (self._exp - exp)
        b = int(other._int) * 10 ** (other._exp - exp)
        if self._sign:
            a = -a
        if other._sign:
            b = -b
        total = a + b
        if total == 0:
            return _new(negativezero, "0", exp)._fix(context)
        return _new(1 if total < 0 else 0, str(abs(total)), exp)._fix(context)

    __radd__ = __add__

    def __sub__(self, other, context=None):
        other = _convert_other(other)
        if other is NotImplemented:
            return other
        if self._is_special or other._is_special:
            ans = self._check_nans(other, context or getcontext())
            if ans is not None:
                return ans
        return self.__add__(other.copy_negate(), context=context)

    __rsub__ = _reflected('__sub__')

    def __mul__(self, other, context=None):
        other = _convert_other(other)
        if other is NotImplemented:
            return other
        if context is None:
            context = getcontext()
        resultsign = self._sign ^ other._sign
        if self._is_special or other._is_special:
            ans = self._check_nans(other, context)
            if ans is not None:
                return ans
            if self._isinfinity():
                if not other:
                    return context._raise(InvalidOperation, "(+-)INF * 0")
                return _Infsign[resultsign]
            if other._isinfinity():
                if not self:
                    return context._raise(InvalidOperation, "0 * (+-)INF")
                return _Infsign[resultsign]
        resultexp = self._exp + other._exp
        if not self or not other:
            return _new(resultsign, "0", resultexp)._fix(context)
        return _new(resultsign, str(int(self._int) * int(other._int)), resultexp)._fix(context)

    __rmul__ = __mul__

    def __truediv__(self, other, context=None):
        other = _convert_other(other)
        if other is NotImplemented:
            return other
        if context is None:
            context = getcontext()
        sign = self._sign ^ other._sign
        if self._is_special or other._is_special:
            ans = self._check_nans(other, context)
            if ans is not None:
                return ans
            if self._isinfinity() and other._isinfinity():
                return context._raise(InvalidOperation, "(+-)INF/(+-)INF")
            if self._isinfinity():
                return _Infsign[sign]
            if other._isinfinity():
                context._raise(Clamped, "Division by infinity")
                return _new(sign, "0", context.Etiny())
        if not other:
            if not self:
                return context._raise(DivisionUndefined, "0 / 0")
            context._raise(DivisionByZero, "x / 0")
            return _Infsign[sign]
        if not self:
            exp = self._exp - other._exp
            coeff = "0"
        else:
            shift = len(other._int) - len(self._int) + context.prec + 1
            exp = self._exp - other._exp - shift
            op1 = int(self._int)
            op2 = int(other._int)
            if shift >= 0:
                coeff, remainder = divmod(op1 * 10 ** shift, op2)
            else:
                coeff, remainder = divmod(op1, op2 * 10 ** -shift)
            if remainder:
                if coeff % 5 == 0:
                    coeff += 1
            else:
                ideal_exp = self._exp - other._exp
                while exp < ideal_exp and coeff % 10 == 0:
                    coeff //= 10
                    exp += 1
            coeff = str(coeff)
        return _new(sign, coeff, exp)._fix(context)

    __rtruediv__ = _reflected('__truediv__')

    def _divide(self, other, context):
        """(integer quotient, remainder) of finite operands, or NaN pair on failure."""
        sign = self._sign ^ other._sign
        if other._isinfinity():
            ideal_exp = self._exp
        else:
            ideal_exp = min(self._exp, other._exp)
        expdiff = self.adjusted() - other.adjusted()
        if not self or other._isinfinity() or expdiff <= -2:
            return (_new(sign, "0", 0), self._rescale(ideal_exp, context.rounding))
        if expdiff <= context.prec:
            op1 = int(self._int)
            op2 = int(other._int)
            if self._exp >= other._exp:
                op1 *= 10 ** (self._exp - other._exp)
            else:
                op2 *= 10 ** (other._exp - self._exp)
            q, r = divmod(op1, op2)
            if q < 10 ** context.prec:
                return (_new(sign, str(q), 0), _new(self._sign, str(r), ideal_exp))
        ans = context._raise(DivisionImpossible, "quotient too large in //, % or divmod")
        return ans, ans

    def __divmod__(self, other, context=None):
        other = _convert_other(other)
        if other is NotImplemented:
            return other
        if context is None:
            context = getcontext()
        ans = self._check_nans(other, context)
        if ans:
            return (ans, ans)
        sign = self._sign ^ other._sign
        if self._isinfinity():
            if other._isinfinity():
                ans = context._raise(InvalidOperation, "divmod(INF, INF)")
                return ans, ans
            return (_Infsign[sign], context._raise(InvalidOperation, "INF % x"))
        if not other:
            if not self:
                ans = context._raise(DivisionUndefined, "divmod(0, 0)")
                return ans, ans
            context._raise(DivisionByZero, "x // 0")
            return (_Infsign[sign], context._raise(InvalidOperation, "x % 0"))
        quotient, remainder = self._divide(other, context)
        remainder = remainder._fix(context)
        return quotient, remainder

    __rdivmod__ = _reflected('__divmod__')

    def __mod__(self, other, context=None):
        other = _convert_other(other)
        if other is NotImplemented:
            return other
        if context is None:
            context = getcontext()
        ans = self._check_nans(other, context)
        if ans:
            return ans
        if self._isinfinity():
            return context._raise(InvalidOperation, "INF % x")
        if not other:
            if self:
                return context._raise(InvalidOperation, "x % 0")
            return context._raise(DivisionUndefined, "0 % 0")
        remainder = self._divide(other, context)[1]
        return remainder._fix(context)

    __rmod__ = _reflected('__mod__')

    def __floordiv__(self, other, context=None):
        other = _convert_other(other)
        if other is NotImplemented:
            return other
        if context is None:
            context = getcontext()
        ans = self._check_nans(other, context)
        if ans:
            return ans
        if self._isinfinity():
            if other._isinfinity():
                return context._raise(InvalidOperation, "INF // INF")
            return _Infsign[self._sign ^ other._sign]
        if not other:
            if self:
                context._raise(DivisionByZero, "x // 0")
                return _Infsign[self._sign ^ other._sign]
            return context._raise(DivisionUndefined, "0 // 0")
        return self._divide(other, context)[0]

    __rfloordiv__ = _reflected('__floordiv__')

    def __pow__(self, other, modulo=None, context=None):
        other = _convert_other(other)
        if other is NotImplemented:
            return other
        if context is None:
            context = getcontext()
        if modulo is not None:
            modulo = _convert_other(modulo, raiseit=True)
            base, exp, mod = int(self), int(other), int(modulo)
            return Decimal(pow(base, exp, mod) if base >= 0 else -pow(-base, exp, mod))
        ans = self._check_nans(other, context)
        if ans:
            return ans
        if other._is_special or other._exp < 0 and other._int.rstrip("0") != other._int[:len(other._int) + other._exp]:
            # Non-integral exponents go through floats (inexact).
            try:
                r = float(self) ** float(other)
            except (OverflowError, ZeroDivisionError, ValueError):
                return context._raise(InvalidOperation, "pow() not supported here")
            context._raise(Inexact)
            context._raise(Rounded)
            return Decimal(repr(r))._fix(context) if isinstance(r, float) else context._raise(InvalidOperation)
        n = int(other)
        if not self:
            if n < 0:
                context._raise(DivisionByZero, "0 ** -n")
                return _Infsign[self._sign if n % 2 else 0]
            if n == 0:
                return context._raise(InvalidOperation, "0 ** 0")
            return _new(self._sign if n % 2 else 0, "0", self._exp * n)._fix(context)
        if self._isinfinity():
            if n == 0:
                return Decimal(1)
            sign = self._sign if n % 2 else 0
            return _Infsign[sign] if n > 0 else _new(sign, "0", 0)
        if n >= 0:
            sign = self._sign if n % 2 else 0
            return _new(sign, str(int(self._int) ** n), self._exp * n)._fix(context)
        with localcontext(context) as ctx:
            ctx.prec = context.prec + 3
            pos = _new(self._sign, str(int(self._int) ** -n), self._exp * -n)
            ans = Decimal(1).__truediv__(pos, context=ctx)
        for f, v in ctx.flags.items():
            if v:
                context.flags[f] = True
        return ans._fix(context)

    __rpow__ = _reflected('__pow__')

    # -- rounding operations --
    def quantize(self, exp, rounding=None, context=None):
        exp = _convert_other(exp, raiseit=True)
        if context is None:
            context = getcontext()
        if rounding is None:
            rounding = context.rounding
        if self._is_special or exp._is_special:
            ans = self._check_nans(exp, context)
            if ans:
                return ans
            if exp._isinfinity() or self._isinfinity():
                if exp._isinfinity() and self._isinfinity():
                    return Decimal(self)
                return context._raise(InvalidOperation, "quantize with one INF")
        if not (context.Etiny() <= exp._exp <= context.Emax):
            return context._raise(InvalidOperation, "target exponent out of bounds in quantize")
        if not self:
            ans = _new(self._sign, "0", exp._exp)
            return ans._fix(context)
        self_adjusted = self.adjusted()
        if self_adjusted > context.Emax:
            return context._raise(InvalidOperation, "exponent of quantize result too large for current context")
        if self_adjusted - exp._exp + 1 > context.prec:
            return context._raise(InvalidOperation, "quantize result has too many digits for current context")
        ans = self._rescale(exp._exp, rounding)
        if ans.adjusted() > context.Emax:
            return context._raise(InvalidOperation, "exponent of quantize result too large for current context")
        if len(ans._int) > context.prec:
            return context._raise(InvalidOperation, "quantize result has too many digits for current context")
        if ans and ans.adjusted() < context.Emin:
            context._raise(Subnormal)
        if ans._exp > self._exp:
            if ans._cmp(self) != 0:
                context._raise(Inexact)
            context._raise(Rounded)
        ans = ans._fix(context)
        return ans

    def same_quantum(self, other, context=None):
        other = _convert_other(other, raiseit=True)
        if self._is_special or other._is_special:
            return (self.is_nan() and other.is_nan()) or (self.is_infinite() and other.is_infinite())
        return self._exp == other._exp

    def to_integral_value(self, rounding=None, context=None):
        if context is None:
            context = getcontext()
        if rounding is None:
            rounding = context.rounding
        if self._is_special:
            ans = self._check_nans(None, context)
            if ans:
                return ans
            return Decimal(self)
        if self._exp >= 0:
            return Decimal(self)
        if not self:
            return _new(self._sign, "0", 0)
        return self._rescale(0, rounding)

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        if context is None:
            context = getcontext()
        ans = self.to_integral_value(rounding, context)
        if not self._is_special and self._exp < 0 and self:
            if ans._cmp(self) != 0:
                context._raise(Inexact)
            context._raise(Rounded)
        return ans

    def normalize(self, context=None):
        if context is None:
            context = getcontext()
        if self._is_special:
            ans = self._check_nans(None, context)
            if ans:
                return ans
        dup = self._fix(context)
        if dup._isinfinity():
            return dup
        if not dup:
            return _new(dup._sign, "0", 0)
        exp_max = [context.Emax, context.Etop()][context.clamp]
        end = len(dup._int)
        exp = dup._exp
        while dup._int[end - 1] == "0" and exp < exp_max:
            exp += 1
            end -= 1
        return _new(dup._sign, dup._int[:end], exp)

    def sqrt(self, context=None):
        if context is None:
            context = getcontext()
        if self._is_special:
            ans = self._check_nans(None, context)
            if ans:
                return ans
            if self._isinfinity() and self._sign == 0:
                return Decimal(self)
        if not self:
            return _new(self._sign, "0", self._exp // 2)
        if self._sign == 1:
            return context._raise(InvalidOperation, "sqrt(-x), x > 0")
        prec = context.prec + 1
        op_c, op_e = int(self._int), self._exp
        e = op_e >> 1
        if op_e & 1:
            c = op_c * 10
            l = (len(self._int) >> 1) + 1
        else:
            c = op_c
            l = len(self._int) + 1 >> 1
        shift = prec - l
        if shift >= 0:
            c *= 100 ** shift
            exact = True
        else:
            c, remainder = divmod(c, 100 ** -shift)
            exact = not remainder
        e -= shift
        n = 10 ** prec
        while True:
            q = c // n
            if n <= q:
                break
            n = n + q >> 1
        exact = exact and n * n == c
        if exact:
            if shift >= 0:
                n //= 10 ** shift
            else:
                n *= 10 ** -shift
            e += shift
        else:
            if n % 5 == 0:
                n += 1
        ans = _new(0, str(n), e)
        with localcontext(context) as ctx:
            ctx.rounding = ROUND_HALF_EVEN
            ans = ans._fix(ctx)
        for f, v in ctx.flags.items():
            if v:
                context.flags[f] = True
        return ans


def _new(sign, coefficient, exponent, special=False):
    self = object.__new__(Decimal)
    self._sign = sign
    self._int = coefficient
    self._exp = exponent
    self._is_special = special
    return self


def _round_up(rounding, sign, head, tail):
    """Whether cutting digits `tail` from `head` rounds the magnitude up."""
    if not tail.strip("0"):
        return False
    if rounding == ROUND_DOWN:
        return False
    if rounding == ROUND_UP:
        return True
    if rounding == ROUND_CEILING:
        return sign == 0
    if rounding == ROUND_FLOOR:
        return sign == 1
    if rounding == ROUND_05UP:
        return head[-1] in "05"
    first = tail[0]
    if first > "5":
        return True
    if first < "5":
        return False
    if tail[1:].strip("0"):
        return True
    if rounding == ROUND_HALF_UP:
        return True
    if rounding == ROUND_HALF_DOWN:
        return False
    return head[-1] in "13579"


def _overflow_result(context, sign):
    if context.rounding in (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_HALF_DOWN, ROUND_UP):
        return _Infsign[sign]
    if sign == 0:
        if context.rounding == ROUND_CEILING:
            return _Infsign[sign]
        return _new(sign, "9" * context.prec, context.Emax - context.prec + 1)
    if context.rounding == ROUND_FLOOR:
        return _Infsign[sign]
    return _new(sign, "9" * context.prec, context.Emax - context.prec + 1)


def _convert_other(other, raiseit=False):
    if isinstance(other, Decimal):
        return other
    if isinstance(other, int):
        return Decimal(other)
    if raiseit:
        raise TypeError("conversion from %s to Decimal is not supported" % type(other).__name__)
    return NotImplemented


def _convert_for_comparison(self, other, equality_op):
    if isinstance(other, Decimal):
        return other
    if isinstance(other, int):
        return Decimal(other)
    if isinstance(other, float):
        context = getcontext()
        if equality_op:
            context.flags[FloatOperation] = True
        else:
            context._raise(FloatOperation, "strict semantics for mixing floats and Decimals are enabled")
        return Decimal.from_float(other)
    try:
        import fractions
        if isinstance(other, fractions.Fraction):
            return NotImplemented
    except ImportError:
        pass
    return NotImplemented


def _parse_format(spec):
    import re
    m = re.match(r"(?:(.)?([<>=^]))?([-+ ])?(z)?(#)?(0)?(\d+)?([,_])?(?:\.(\d+))?([eEfFgGn%])?\Z",
                 spec, re.DOTALL)
    if m is None:
        raise ValueError("Invalid format specifier: " + spec)
    fill, align, sign, z, alt, zero, width, thousands, precision, type_ = m.groups()
    if zero and not fill and not align:
        fill, align = "0", "="
    return {"fill": fill or " ", "align": align or ">", "sign": sign or "-",
            "alt": bool(alt), "width": int(width) if width else 0,
            "thousands": thousands, "precision": int(precision) if precision is not None else None,
            "type": type_, "zeropad": bool(zero)}


def _group(intpart, spec):
    sep = spec["thousands"]
    if not sep:
        return intpart
    groups = []
    while len(intpart) > 3:
        groups.append(intpart[-3:])
        intpart = intpart[:-3]
    groups.append(intpart)
    return sep.join(reversed(groups))


def _finish_format(sign, body, spec):
    if sign:
        prefix = "-"
    elif spec["sign"] == "+":
        prefix = "+"
    elif spec["sign"] == " ":
        prefix = " "
    else:
        prefix = ""
    width, fill, align = spec["width"], spec["fill"], spec["align"]
    total = len(prefix) + len(body)
    pad = max(0, width - total)
    if align == "=":
        return prefix + fill * pad + body
    if align == "<":
        return prefix + body + fill * pad
    if align == "^":
        left = pad // 2
        return fill * left + prefix + body + fill * (pad - left)
    return fill * pad + prefix + body


_NaN = _new(0, "", "n", True)
_Infsign = (_new(0, "0", "F", True), _new(1, "0", "F", True))

DefaultContext = Context(prec=28, rounding=ROUND_HALF_EVEN, Emin=-999999, Emax=999999,
                         capitals=1, clamp=0, flags=[],
                         traps=[DivisionByZero, Overflow, InvalidOperation])
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP, traps=[DivisionByZero, Overflow,
                       InvalidOperation, Clamped, Underflow], flags=[])
ExtendedContext = Context(prec=9, rounding=ROUND_HALF_EVEN, traps=[], flags=[])
