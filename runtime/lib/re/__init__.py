"""re (Kiln): regular expressions with CPython 3.11's syntax and API.

Matching is native (`_sre`, a backtracking engine; see runtime/src/builtins/sre.rs);
this module holds Pattern and Match, the module functions, replacement templates and
the repeated-search rules of findall/finditer/sub/split (after an empty match the
next one may not be empty at the same place). Flags are plain ints (CPython's are
`RegexFlag` members with their own repr)."""

import _sre

__all__ = ["match", "fullmatch", "search", "sub", "subn", "split", "findall",
           "finditer", "compile", "purge", "escape", "error", "Pattern", "Match",
           "A", "I", "L", "M", "S", "X", "U", "ASCII", "IGNORECASE", "LOCALE",
           "MULTILINE", "DOTALL", "VERBOSE", "UNICODE", "NOFLAG", "DEBUG", "T",
           "TEMPLATE"]

NOFLAG = 0
TEMPLATE = T = 1
IGNORECASE = I = 2
LOCALE = L = 4
MULTILINE = M = 8
DOTALL = S = 16
UNICODE = U = 32
VERBOSE = X = 64
DEBUG = 128
ASCII = A = 256

error = _sre.error
PatternError = error

_MAXPOS = 2 ** 62


class Pattern:
    """A compiled regular expression."""

    def __init__(self, pattern, flags):
        if isinstance(pattern, str) and not flags & ASCII:
            flags |= UNICODE
        groups, groupindex, all_flags = _sre.compile(pattern, flags)
        self.pattern = pattern
        self.flags = flags | (all_flags & ~ASCII if isinstance(pattern, bytes) else all_flags)
        self.groups = groups
        self.groupindex = groupindex

    def __repr__(self):
        shown = repr(self.pattern)
        if len(shown) > 200:
            shown = shown[:200]
        flags = self.flags
        if isinstance(self.pattern, str):
            flags &= ~UNICODE
        if not flags:
            return f"re.compile({shown})"
        names = []
        for name, bit in (("re.TEMPLATE", 1), ("re.IGNORECASE", 2), ("re.LOCALE", 4),
                          ("re.MULTILINE", 8), ("re.DOTALL", 16), ("re.UNICODE", 32),
                          ("re.VERBOSE", 64), ("re.DEBUG", 128), ("re.ASCII", 256)):
            if flags & bit:
                names.append(name)
                flags &= ~bit
        if flags:
            names.append(hex(flags))
        return f"re.compile({shown}, {'|'.join(names)})"

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def _run(self, string, pos, endpos, mode, must_advance=False):
        r = _sre.match(self.pattern, self.flags, string, pos, endpos, mode, must_advance)
        if r is None:
            return None
        return Match(self, string, pos, endpos, r)

    def match(self, string, pos=0, endpos=_MAXPOS):
        return self._run(string, pos, endpos, 0)

    def search(self, string, pos=0, endpos=_MAXPOS):
        return self._run(string, pos, endpos, 1)

    def fullmatch(self, string, pos=0, endpos=_MAXPOS):
        return self._run(string, pos, endpos, 2)

    def finditer(self, string, pos=0, endpos=_MAXPOS):
        # Both bounds clamped to the string, as CPython's scanner.
        n = len(string)
        pos = min(max(pos, 0), n)
        endpos = min(max(endpos, 0), n)
        must_advance = False
        while pos <= endpos:
            m = self._run(string, pos, endpos, 1, must_advance)
            if m is None:
                return
            yield m
            s, e = m.span()
            pos = e
            must_advance = s == e

    def _scan(self, string, pos=0, endpos=_MAXPOS, limit=0):
        """Every match finditer would find (the first `limit`; 0: all) as one flat
        list: each match's group spans, then its lastindex (`_sre.scan`)."""
        return _sre.scan(self.pattern, self.flags, string, pos, endpos, limit)

    def findall(self, string, pos=0, endpos=_MAXPOS):
        sp = self._scan(string, pos, endpos)
        g = self.groups
        stride = 2 * g + 3
        if g == 0:
            return [string[sp[i]:sp[i + 1]] for i in range(0, len(sp), stride)]
        empty = string[:0]
        if g == 1:
            return [string[sp[i + 2]:sp[i + 3]] if sp[i + 2] >= 0 else empty
                    for i in range(0, len(sp), stride)]
        return [tuple(string[sp[j]:sp[j + 1]] if sp[j] >= 0 else empty
                      for j in range(i + 2, i + stride - 1, 2))
                for i in range(0, len(sp), stride)]

    def split(self, string, maxsplit=0):
        # A negative maxsplit splits nothing.
        sp = self._scan(string, 0, _MAXPOS, maxsplit) if maxsplit >= 0 else []
        stride = 2 * self.groups + 3
        out = []
        last = 0
        for i in range(0, len(sp), stride):
            out.append(string[last:sp[i]])
            for j in range(i + 2, i + stride - 1, 2):
                out.append(string[sp[j]:sp[j + 1]] if sp[j] >= 0 else None)
            last = sp[i + 1]
        out.append(string[last:])
        return out

    def subn(self, repl, string, count=0):
        if callable(repl):
            func = repl
            literal = None
        else:
            template = _compile_template(self, repl)
            if len(template) == 1 and isinstance(template[0], (str, bytes)):
                literal = template[0]
            else:
                literal = None
                func = lambda m: _expand(template, m)
        # A negative count replaces nothing.
        sp = self._scan(string, 0, _MAXPOS, count) if count >= 0 else []
        stride = 2 * self.groups + 3
        pieces = []
        last = 0
        n = 0
        for i in range(0, len(sp), stride):
            pieces.append(string[last:sp[i]])
            n += 1
            if literal is not None:
                pieces.append(literal)
            else:
                r = func(Match(self, string, 0, _MAXPOS, sp[i:i + stride]))
                if r is not None:
                    pieces.append(r)
            last = sp[i + 1]
        pieces.append(string[last:])
        return string[:0].join(pieces), n

    def sub(self, repl, string, count=0):
        return self.subn(repl, string, count)[0]

    def scanner(self, string, pos=0, endpos=_MAXPOS):
        return _Scanner(self, string, pos, endpos)

    def __class_getitem__(cls, item):
        return cls


class _Scanner:
    def __init__(self, pattern, string, pos, endpos):
        self.pattern = pattern
        self._string = string
        n = len(string)
        self._pos = min(max(pos, 0), n)
        self._endpos = min(max(endpos, 0), n)
        self._must_advance = False

    def _step(self, mode):
        if self._pos > self._endpos:
            return None
        m = self.pattern._run(self._string, self._pos, self._endpos, mode, self._must_advance)
        if m is None:
            self._pos = self._endpos + 1
            return None
        s, e = m.span()
        self._pos = e
        self._must_advance = s == e
        return m

    def match(self):
        return self._step(0)

    def search(self):
        return self._step(1)


class Match:
    """The result of a successful match."""

    def __init__(self, pattern, string, pos, endpos, raw):
        self.re = pattern
        self.string = string
        self.pos = pos
        self.endpos = min(endpos, len(string))
        self._spans = raw[:-1]
        last = raw[-1]
        self.lastindex = last if last >= 0 else None

    @property
    def lastgroup(self):
        if self.lastindex is None:
            return None
        for name, g in self.re.groupindex.items():
            if g == self.lastindex:
                return name
        return None

    @property
    def regs(self):
        sp = self._spans
        return tuple((sp[2 * i], sp[2 * i + 1]) for i in range(len(sp) // 2))

    def _index(self, g):
        if isinstance(g, int) and not isinstance(g, bool):
            if 0 <= g <= self.re.groups:
                return g
        elif isinstance(g, str):
            i = self.re.groupindex.get(g)
            if i is not None:
                return i
        else:
            try:
                i = g.__index__()
            except AttributeError:
                raise IndexError("no such group")
            if 0 <= i <= self.re.groups:
                return i
        raise IndexError("no such group")

    def _get(self, g, default=None):
        i = self._index(g)
        s, e = self._spans[2 * i], self._spans[2 * i + 1]
        if s < 0:
            return default
        return self.string[s:e]

    def group(self, *args):
        if not args:
            sp = self._spans
            return self.string[sp[0]:sp[1]]
        if len(args) == 1:
            return self._get(args[0])
        return tuple([self._get(a) for a in args])

    def __getitem__(self, g):
        return self._get(g)

    def groups(self, default=None):
        # Straight from the spans (every index is valid: no _index per group).
        sp = self._spans
        string = self.string
        return tuple([string[sp[j]:sp[j + 1]] if sp[j] >= 0 else default
                      for j in range(2, len(sp), 2)])

    def groupdict(self, default=None):
        return {name: self._get(i, default) for name, i in self.re.groupindex.items()}

    def start(self, group=0):
        return self._spans[2 * self._index(group)]

    def end(self, group=0):
        return self._spans[2 * self._index(group) + 1]

    def span(self, group=0):
        if group == 0 and type(group) is int:
            return self._spans[0], self._spans[1]
        i = self._index(group)
        return self._spans[2 * i], self._spans[2 * i + 1]

    def expand(self, template):
        return _expand(_compile_template(self.re, template), self)

    def __repr__(self):
        # CPython shows at most 50 characters of the matched text's repr.
        return "<re.Match object; span=%r, match=%s>" % (self.span(), repr(self.group())[:50])

    def __bool__(self):
        return True

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __class_getitem__(cls, item):
        return cls


# ---- replacement templates --------------------------------------------------------

_ESCAPES = {"a": "\a", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t",
            "v": "\v", "\\": "\\"}


def _compile_template(pattern, repl):
    """A list of literal pieces and group numbers."""
    is_bytes = isinstance(repl, bytes)
    if is_bytes:
        if not isinstance(pattern.pattern, bytes):
            raise TypeError(f"expected str instance, bytes found")
        text = repl.decode("latin-1")
    else:
        if not isinstance(repl, str):
            raise TypeError(f"expected str instance, {type(repl).__name__} found")
        if isinstance(pattern.pattern, bytes):
            raise TypeError("expected a bytes-like object, str found")
        text = repl
    out = []
    lit = []
    i, n = 0, len(text)

    def bad(msg, pos):
        e = error(f"{msg} at position {pos}")
        e.msg = msg
        e.pattern = repl
        e.pos = pos
        return e

    while i < n:
        c = text[i]
        if c != "\\":
            lit.append(c)
            i += 1
            continue
        if i + 1 >= n:
            raise bad("bad escape (end of pattern)", i)
        d = text[i + 1]
        if d == "g":
            j = text.find(">", i + 3)
            if i + 2 >= n or text[i + 2] != "<":
                raise bad("missing <", i + 2)
            if j < 0:
                raise bad("missing >, unterminated name", i + 3)
            name = text[i + 3:j]
            if not name:
                raise bad("missing group name", i + 3)
            if name.isdigit() and name.isascii():
                g = int(name)
                if g > pattern.groups:
                    raise bad(f"invalid group reference {g}", i + 3)
            elif name.isidentifier():
                if name not in pattern.groupindex:
                    raise IndexError(f"unknown group name '{name}'")
                g = pattern.groupindex[name]
            else:
                raise bad(f"bad character in group name '{name}'", i + 3)
            if lit:
                out.append("".join(lit))
                lit = []
            out.append(g)
            i = j + 1
        elif d == "0":
            j = i + 2
            while j < n and j < i + 4 and text[j] in "01234567":
                j += 1
            lit.append(chr(int(text[i + 1:j], 8)))
            i = j
        elif d.isdigit():
            j = i + 1
            while j < n and j < i + 3 and text[j].isdigit():
                j += 1
            digits = text[i + 1:j]
            if (len(digits) == 2 and j < n and text[j] in "01234567"
                    and all(x in "01234567" for x in digits)):
                v = int(digits + text[j], 8)
                if v > 0o377:
                    raise bad(f"octal escape value \\{digits + text[j]} outside of range 0-0o377", i)
                lit.append(chr(v))
                i = j + 1
                continue
            g = int(digits)
            if g > pattern.groups:
                raise bad(f"invalid group reference {g}", i + 1)
            if lit:
                out.append("".join(lit))
                lit = []
            out.append(g)
            i = j
        elif d in _ESCAPES:
            lit.append(_ESCAPES[d])
            i += 2
        elif d.isascii() and d.isalpha():
            raise bad(f"bad escape \\{d}", i)
        else:
            lit.append("\\" + d)
            i += 2
    if lit or not out:
        out.append("".join(lit))
    if is_bytes:
        out = [p.encode("latin-1") if isinstance(p, str) else p for p in out]
    return out


def _expand(template, m):
    empty = m.string[:0]
    parts = []
    for p in template:
        if isinstance(p, int):
            v = m.group(p)
            if v is not None:
                parts.append(v)
        else:
            parts.append(p)
    return empty.join(parts)


# ---- module functions -------------------------------------------------------------

_cache = {}
_MAXCACHE = 512


def _compile(pattern, flags):
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    key = (type(pattern), pattern, flags)
    p = _cache.get(key)
    if p is None:
        if not isinstance(pattern, (str, bytes)):
            raise TypeError("first argument must be string or compiled pattern")
        p = Pattern(pattern, flags)
        if len(_cache) >= _MAXCACHE:
            _cache.clear()
        _cache[key] = p
    return p


def compile(pattern, flags=0):
    """Compile a regular expression pattern, returning a Pattern object."""
    return _compile(pattern, flags)


def match(pattern, string, flags=0):
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return _compile(pattern, flags).finditer(string)


def purge():
    """Clear the regular expression caches."""
    _cache.clear()
    _sre.purge()


_special_chars = {i: "\\" + chr(i) for i in b"()[]{}?*+-|^$\\.&~# \t\n\r\v\f"}


def escape(pattern):
    """Escape special characters in a string."""
    if isinstance(pattern, str):
        return pattern.translate(_special_chars)
    pattern = str(pattern, "latin1")
    return pattern.translate(_special_chars).encode("latin1")
