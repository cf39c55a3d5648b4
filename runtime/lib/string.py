"""String constants, capwords and Template (Kiln).

Template scans for `$name`, `${name}` and `$$` itself (CPython builds a regular
expression; Kiln has no `re` yet), so subclasses may change `delimiter` but not
`idpattern`/`pattern`."""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Template"]

whitespace = " \t\n\r\v\f"
ascii_lowercase = "abcdefghijklmnopqrstuvwxyz"
ascii_uppercase = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
ascii_letters = ascii_lowercase + ascii_uppercase
digits = "0123456789"
hexdigits = digits + "abcdef" + "ABCDEF"
octdigits = "01234567"
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Split by sep, capitalize each word, and join with sep (or a single space)."""
    return (sep or " ").join([w.capitalize() for w in s.split(sep)])


def _merged(mapping, kws):
    """Template's names: `mapping`, keyword arguments, or both (keywords win)."""
    if mapping is None:
        return kws
    return {**mapping, **kws} if kws else mapping


class Template:
    """A string class for supporting $-substitutions: `$name`, `${name}`, `$$`."""

    delimiter = "$"
    idpattern = r"(?a:[_a-z][_a-z0-9]*)"
    braceidpattern = None
    flags = None

    def __init__(self, template):
        self.template = template

    def _scan(self, mapping, safe):
        t, d, out, i, n = self.template, self.delimiter, [], 0, len(self.template)
        while i < n:
            j = t.find(d, i)
            if j < 0:
                out.append(t[i:])
                break
            out.append(t[i:j])
            k = j + len(d)
            if t.startswith(d, k):
                out.append(d)
                i = k + len(d)
                continue
            braced = t.startswith("{", k)
            start = k + 1 if braced else k
            end = start
            if end < n and (t[end] == "_" or t[end].isascii() and t[end].isalpha()):
                end += 1
                while end < n and (t[end] == "_" or t[end].isascii() and t[end].isalnum()):
                    end += 1
            name = t[start:end]
            if not name or (braced and not t.startswith("}", end)):
                if safe:
                    out.append(d)
                    i = k
                    continue
                line = t[:j].count("\n") + 1
                col = j - (t.rfind("\n", 0, j) + 1) + 1
                raise ValueError(f"Invalid placeholder in string: line {line}, col {col}")
            i = end + 1 if braced else end
            if name in mapping:
                out.append(str(mapping[name]))
            elif safe:
                out.append(t[j:i])
            else:
                raise KeyError(name)
        return "".join(out)

    def substitute(self, mapping=None, /, **kws):
        return self._scan(_merged(mapping, kws), False)

    def safe_substitute(self, mapping=None, /, **kws):
        return self._scan(_merged(mapping, kws), True)

    def is_valid(self):
        try:
            self._scan({}, False)
        except KeyError:
            pass
        except ValueError:
            return False
        return True

    def get_identifiers(self):
        seen = {}

        class _Collect(dict):
            def __contains__(self, key):
                seen.setdefault(key)
                return False

        self._scan(_Collect(), True)
        return list(seen)
