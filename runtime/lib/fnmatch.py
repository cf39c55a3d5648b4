"""fnmatch (Kiln): Unix shell-style wildcards — `*`, `?`, `[seq]`, `[!seq]` —
matched through regular expressions.

`translate` gives a regular expression with the same meaning as CPython's, though
not always the same text (CPython's uses atomic groups to limit backtracking)."""

import os
import re

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]

_compiled = {}


def translate(pat):
    """The regular expression (as a str) that matches what shell pattern `pat` does."""
    out = []
    i, n = 0, len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == "*":
            if not out or out[-1] != ".*":
                out.append(".*")
        elif c == "?":
            out.append(".")
        elif c == "[":
            # Find the closing bracket: a leading '!' and a first ']' are part of the set.
            j = i
            if j < n and pat[j] == "!":
                j += 1
            if j < n and pat[j] == "]":
                j += 1
            while j < n and pat[j] != "]":
                j += 1
            if j >= n:
                out.append("\\[")
                continue
            body = pat[i:j]
            i = j + 1
            negate = body.startswith("!")
            if negate:
                body = body[1:]
            if not body:
                # "[!]" matches any one character; "[]" never matches.
                out.append("." if negate else "(?!)")
                continue
            items = []
            k = 0
            while k < len(body):
                if k + 2 < len(body) and body[k + 1] == "-":
                    lo, hi = body[k], body[k + 2]
                    if lo <= hi:
                        items.append(_set_char(lo) + "-" + _set_char(hi))
                    k += 3
                else:
                    items.append(_set_char(body[k]))
                    k += 1
            if not items:
                out.append("." if negate else "(?!)")
                continue
            out.append("[" + ("^" if negate else "") + "".join(items) + "]")
        else:
            out.append(re.escape(c))
    return "(?s:" + "".join(out) + ")\\Z"


def _set_char(c):
    """`c` written to stand for itself inside a regular-expression set."""
    return "\\" + c if c in "\\]^-[&~|" else c


def _matcher(pat):
    key = (type(pat), pat)
    m = _compiled.get(key)
    if m is None:
        if isinstance(pat, bytes):
            rx = translate(pat.decode("latin-1")).encode("latin-1")
        else:
            rx = translate(pat)
        m = re.compile(rx).match
        if len(_compiled) >= 32768:
            _compiled.clear()
        _compiled[key] = m
    return m


def fnmatchcase(name, pat):
    """Whether `name` matches shell pattern `pat`, case-sensitively."""
    return _matcher(pat)(name) is not None


def fnmatch(name, pat):
    """Whether `name` matches shell pattern `pat` (after os.path.normcase)."""
    return fnmatchcase(os.path.normcase(name), os.path.normcase(pat))


def filter(names, pat):
    """The names that match `pat`."""
    match = _matcher(os.path.normcase(pat))
    return [n for n in names if match(os.path.normcase(n)) is not None]
