"""pathlib (Kiln): object-oriented filesystem paths for POSIX.

PurePath/PurePosixPath (path algebra: `/`, parts, parent(s), name, suffix(es), stem,
with_name/with_stem/with_suffix, relative_to, is_relative_to, match, joinpath,
as_posix, comparisons and hashing) and Path/PosixPath (cwd, home, stat, exists,
is_dir/is_file/is_symlink, iterdir, glob/rglob, open, read/write text and bytes,
mkdir, touch, unlink, rmdir, rename, replace, resolve, absolute, expanduser,
samefile). Windows flavours are not here."""

import fnmatch
import os
import posixpath

__all__ = ["PurePath", "PurePosixPath", "Path", "PosixPath"]


class PurePath:
    """A filesystem path without I/O."""

    def __new__(cls, *args):
        if cls is PurePath:
            cls = PurePosixPath
        self = object.__new__(cls)
        self._init(args)
        return self

    def _init(self, args):
        parts = []
        for a in args:
            if isinstance(a, PurePath):
                parts.append(a._str)
                continue
            a = os.fspath(a)
            if isinstance(a, bytes):
                raise TypeError("argument should be a str or an os.PathLike object "
                                f"where __fspath__ returns a str, not {type(a).__name__!r}")
            if not isinstance(a, str):
                raise TypeError("argument should be a str or an os.PathLike object "
                                f"where __fspath__ returns a str, not {type(a).__name__!r}")
            parts.append(a)
        self._str = self._normalize(posixpath.join(*parts) if parts else "")

    @staticmethod
    def _normalize(path):
        if not path:
            return "."
        root = ""
        if path.startswith("/"):
            # POSIX keeps exactly two leading slashes; one otherwise.
            root = "//" if path.startswith("//") and not path.startswith("///") else "/"
        comps = [c for c in path.split("/") if c and c != "."]
        s = root + "/".join(comps)
        return s or "."

    def _from(self, s):
        p = object.__new__(type(self))
        p._str = self._normalize(s)
        return p

    # ---- text forms

    def __str__(self):
        return self._str

    def __fspath__(self):
        return self._str

    def as_posix(self):
        return self._str

    def __bytes__(self):
        return os.fsencode(self._str)

    def __repr__(self):
        return f"{type(self).__name__}({self.as_posix()!r})"

    def as_uri(self):
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        return "file://" + self._str

    # ---- comparisons

    def _key(self):
        return self._str

    def __eq__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self):
        return hash(self._key())

    def __lt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self.parts < other.parts

    def __le__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self.parts <= other.parts

    def __gt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self.parts > other.parts

    def __ge__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self.parts >= other.parts

    # ---- components

    @property
    def drive(self):
        return ""

    @property
    def root(self):
        if self._str.startswith("//") and not self._str.startswith("///"):
            return "//"
        return "/" if self._str.startswith("/") else ""

    @property
    def anchor(self):
        return self.drive + self.root

    @property
    def parts(self):
        root = self.root
        rest = self._str[len(root):]
        comps = [c for c in rest.split("/") if c and c != "."]
        return tuple(([root] if root else []) + comps)

    @property
    def name(self):
        parts = self.parts
        if not parts or (len(parts) == 1 and self.root):
            return ""
        return parts[-1]

    @property
    def suffix(self):
        name = self.name
        i = name.rfind(".")
        if 0 < i < len(name) - 1:
            return name[i:]
        return ""

    @property
    def suffixes(self):
        name = self.name
        if name.endswith("."):
            return []
        name = name.lstrip(".")
        return ["." + s for s in name.split(".")[1:]]

    @property
    def stem(self):
        name = self.name
        i = name.rfind(".")
        if 0 < i < len(name) - 1:
            return name[:i]
        return name

    @property
    def parent(self):
        parts = self.parts
        root = self.root
        if not parts or (len(parts) == 1 and root):
            return self
        if len(parts) == 1:
            return self._from(".")
        if root:
            return self._from(root + "/".join(parts[1:-1]))
        return self._from("/".join(parts[:-1]))

    @property
    def parents(self):
        out = []
        p = self
        while True:
            q = p.parent
            if q == p:
                break
            out.append(q)
            p = q
        return tuple(out)

    def with_name(self, name):
        if not self.name:
            raise ValueError(f"{self!r} has an empty name")
        if not name or "/" in name or name == ".":
            raise ValueError(f"Invalid name {name!r}")
        return self.parent / name if self.parent != self else self._from(name)

    def with_stem(self, stem):
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        if "/" in suffix or (suffix and (not suffix.startswith(".") or suffix == ".")):
            raise ValueError(f"Invalid suffix {suffix!r}")
        name = self.name
        if not name:
            raise ValueError(f"{self!r} has an empty name")
        old = self.suffix
        name = (name[:-len(old)] if old else name) + suffix
        return self.with_name(name)

    # ---- algebra

    def joinpath(self, *args):
        return type(self)(self, *args)

    def __truediv__(self, key):
        try:
            return type(self)(self, key)
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return type(self)(key, self)
        except TypeError:
            return NotImplemented

    def is_absolute(self):
        return bool(self.root)

    def is_reserved(self):
        return False

    def is_relative_to(self, *other):
        try:
            self.relative_to(*other)
            return True
        except ValueError:
            return False

    def relative_to(self, *other):
        if not other:
            raise TypeError("need at least one argument")
        base = type(self)(*other)
        n = len(base.parts)
        if self.parts[:n] != base.parts or (not base.root and self.root):
            raise ValueError(f"{str(self)!r} is not in the subpath of {str(base)!r}"
                             " OR one path is relative and the other is absolute.")
        rest = self.parts[n:]
        return self._from("/".join(rest)) if rest else self._from(".")

    def match(self, path_pattern):
        pat = PurePosixPath(path_pattern)
        pat_parts = pat.parts
        if not pat_parts:
            raise ValueError("empty pattern")
        parts = self.parts
        if pat.root:
            if len(pat_parts) != len(parts):
                return False
        elif len(pat_parts) > len(parts):
            return False
        for part, p in zip(reversed(parts), reversed(pat_parts)):
            if not fnmatch.fnmatchcase(part, p):
                return False
        return True


class PurePosixPath(PurePath):
    """A PurePath with POSIX semantics."""
    __slots__ = ()


class Path(PurePath):
    """A PurePath that can also do I/O on what it names."""

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = PosixPath
        self = object.__new__(cls)
        self._init(args)
        return self

    @classmethod
    def cwd(cls):
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        return cls(os.path.expanduser("~"))

    def stat(self, *, follow_symlinks=True):
        return os.stat(self._str, follow_symlinks=follow_symlinks)

    def lstat(self):
        return os.lstat(self._str)

    def exists(self):
        return os.path.exists(self._str)

    def is_dir(self):
        return os.path.isdir(self._str)

    def is_file(self):
        return os.path.isfile(self._str)

    def is_symlink(self):
        return os.path.islink(self._str)

    def is_mount(self):
        return os.path.ismount(self._str)

    def samefile(self, other_path):
        return os.path.samefile(self._str, os.fspath(other_path))

    def iterdir(self):
        for name in os.listdir(self._str):
            yield self._child(name)

    def _child(self, name):
        p = object.__new__(type(self))
        p._str = name if self._str == "." else (
            self._str + name if self._str.endswith("/") else self._str + "/" + name)
        return p

    def glob(self, pattern):
        """The existing paths under this one that match `pattern` (`**` for any
        number of directories)."""
        if not pattern:
            raise ValueError(f"Unacceptable pattern: {pattern!r}")
        pat = PurePosixPath(pattern)
        if pat.root:
            raise NotImplementedError("Non-relative patterns are unsupported")
        yield from self._glob(self, list(pat.parts))

    def _glob(self, base, parts):
        if not parts:
            yield base
            return
        head, rest = parts[0], parts[1:]
        if head == "**":
            seen = set()
            for d in self._walk_dirs(base):
                for p in self._glob(d, rest):
                    if p._str not in seen:
                        seen.add(p._str)
                        yield p
            return
        if not any(c in head for c in "*?["):
            child = base._child(head)
            if (rest and child.is_dir()) or (not rest and child.exists()):
                yield from self._glob(child, rest)
            return
        try:
            names = os.listdir(base._str)
        except OSError:
            return
        for name in names:
            if fnmatch.fnmatchcase(name, head):
                child = base._child(name)
                if rest and not child.is_dir():
                    continue
                yield from self._glob(child, rest)

    def _walk_dirs(self, base):
        yield base
        try:
            names = os.listdir(base._str)
        except OSError:
            return
        for name in names:
            child = base._child(name)
            if child.is_dir() and not child.is_symlink():
                yield from self._walk_dirs(child)

    def rglob(self, pattern):
        yield from self.glob("**/" + pattern)

    def open(self, mode="r", buffering=-1, encoding=None, errors=None, newline=None):
        return open(self._str, mode, encoding=encoding)

    def read_text(self, encoding=None, errors=None):
        with self.open("r", encoding=encoding) as f:
            return f.read()

    def read_bytes(self):
        with self.open("rb") as f:
            return f.read()

    def write_text(self, data, encoding=None, errors=None, newline=None):
        if not isinstance(data, str):
            raise TypeError(f"data must be str, not {type(data).__name__}")
        with self.open("w", encoding=encoding) as f:
            return f.write(data)

    def write_bytes(self, data):
        if not isinstance(data, bytes):
            data = bytes(data)
        with self.open("wb") as f:
            return f.write(data)

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        try:
            os.mkdir(self._str, mode)
        except FileNotFoundError:
            if not parents or self.parent == self:
                raise
            self.parent.mkdir(parents=True, exist_ok=True)
            self.mkdir(mode, parents=False, exist_ok=exist_ok)
        except OSError:
            if not exist_ok or not self.is_dir():
                raise

    def touch(self, mode=0o666, exist_ok=True):
        if self.exists():
            if not exist_ok:
                raise FileExistsError(17, "File exists", self._str)
            return
        with open(self._str, "a"):
            pass

    def unlink(self, missing_ok=False):
        try:
            os.unlink(self._str)
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rmdir(self):
        os.rmdir(self._str)

    def rename(self, target):
        os.rename(self._str, os.fspath(target))
        return type(self)(target)

    def replace(self, target):
        os.replace(self._str, os.fspath(target))
        return type(self)(target)

    def absolute(self):
        if self.is_absolute():
            return self
        return type(self)(os.getcwd(), self)

    def resolve(self, strict=False):
        return type(self)(os.path.realpath(self._str, strict=strict))

    def expanduser(self):
        return type(self)(os.path.expanduser(self._str))

    def readlink(self):
        return type(self)(os.readlink(self._str))


class PosixPath(Path, PurePosixPath):
    """A Path with POSIX semantics."""
    __slots__ = ()
