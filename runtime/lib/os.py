"""os (Kiln): the portable part of the operating-system interface on POSIX.

Paths (`os.path` is posixpath), the environment, the working directory, listing,
walking and stat-ing directories, creating, renaming and removing files and
directories, pid, urandom and cpu_count, over the native `posix` module. Not here:
file descriptors (open/read/write/dup...), processes (fork, exec, system, spawn,
kill), terminals, users and groups — these raise AttributeError as missing names."""

import abc as _abc
import sys
import posix as _posix
import posixpath as path

name = "posix"
linesep = "\n"
sep = path.sep
altsep = path.altsep
extsep = path.extsep
pathsep = path.pathsep
curdir = path.curdir
pardir = path.pardir
defpath = path.defpath
devnull = path.devnull

F_OK, R_OK, W_OK, X_OK = 0, 4, 2, 1
SEEK_SET, SEEK_CUR, SEEK_END = 0, 1, 2

# open() flags (Linux values).
O_RDONLY, O_WRONLY, O_RDWR = 0, 1, 2
O_CREAT, O_EXCL, O_NOCTTY, O_TRUNC, O_APPEND = 0o100, 0o200, 0o400, 0o1000, 0o2000
O_NONBLOCK, O_DSYNC, O_DIRECTORY, O_NOFOLLOW, O_CLOEXEC = 0o4000, 0o10000, 0o200000, 0o400000, 0o2000000
O_SYNC = 0o4010000
O_ACCMODE = 3

sys.modules["os.path"] = path

error = OSError

getcwd = _posix.getcwd
chdir = _posix.chdir
getpid = _posix.getpid
getppid = _posix.getppid
urandom = _posix.urandom
cpu_count = _posix.cpu_count
strerror = _posix.strerror
readlink = _posix.readlink
close = _posix.close
read = _posix.read
write = _posix.write


def open(path, flags, mode=0o777, *, dir_fd=None):
    """A file descriptor for path (os-level: close it with os.close)."""
    return _posix.open(fspath(path), flags, mode)


def getcwdb():
    return getcwd().encode()


def fspath(p):
    """Return the file system path representation of the object."""
    return path._fspath(p)


def fsencode(filename):
    filename = fspath(filename)
    return filename.encode() if isinstance(filename, str) else filename


def fsdecode(filename):
    filename = fspath(filename)
    return filename.decode() if isinstance(filename, bytes) else filename


class PathLike(_abc.ABC):
    """Abstract base class for implementing the file system path protocol."""

    @_abc.abstractmethod
    def __fspath__(self):
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, subclass):
        if cls is PathLike:
            return hasattr(subclass, "__fspath__")
        return NotImplemented


# ---- the environment -------------------------------------------------------------


class _Environ(dict):
    """os.environ: a dict of the process environment; assignments and deletions
    change the real environment too."""

    def __setitem__(self, key, value):
        if not isinstance(key, str):
            raise TypeError(f"str expected, not {type(key).__name__}")
        if not isinstance(value, str):
            raise TypeError(f"str expected, not {type(value).__name__}")
        _posix.putenv(key, value)
        dict.__setitem__(self, key, value)

    def __delitem__(self, key):
        dict.__delitem__(self, key)
        _posix.unsetenv(key)

    def pop(self, key, *default):
        if key in self:
            value = self[key]
            del self[key]
            return value
        return dict.pop(self, key, *default)

    def setdefault(self, key, value):
        if key not in self:
            self[key] = value
        return self[key]

    def update(self, *args, **kwargs):
        for k, v in dict(*args, **kwargs).items():
            self[k] = v

    def copy(self):
        return dict(self)

    def __repr__(self):
        return f"environ({dict.__repr__(self)})"


environ = _Environ(_posix.environ_items())


def getenv(key, default=None):
    return environ.get(key, default)


def putenv(key, value):
    _posix.putenv(key, value)


def unsetenv(key):
    _posix.unsetenv(key)


# ---- stat ------------------------------------------------------------------------


class stat_result(tuple):
    """The result of os.stat: a tuple of ten values with named fields."""

    n_sequence_fields = 10
    _fields = ("st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid",
               "st_size", "st_atime", "st_mtime", "st_ctime")

    @property
    def st_mode(self):
        return self[0]

    @property
    def st_ino(self):
        return self[1]

    @property
    def st_dev(self):
        return self[2]

    @property
    def st_nlink(self):
        return self[3]

    @property
    def st_uid(self):
        return self[4]

    @property
    def st_gid(self):
        return self[5]

    @property
    def st_size(self):
        return self[6]

    @property
    def st_atime(self):
        return self[7]

    @property
    def st_mtime(self):
        return self[8]

    @property
    def st_ctime(self):
        return self[9]

    @property
    def st_mtime_ns(self):
        return int(self[8] * 1e9)

    def __repr__(self):
        shown = [(f, int(v)) for f, v in zip(self._fields, self)]
        return "os.stat_result(" + ", ".join(f"{f}={v}" for f, v in shown) + ")"


def stat(p, *, follow_symlinks=True):
    p = fspath(p)
    return stat_result(_posix.stat(p) if follow_symlinks else _posix.lstat(p))


def lstat(p):
    return stat_result(_posix.lstat(fspath(p)))


def access(p, mode):
    return _posix.access(fspath(p), mode)


# ---- directories -----------------------------------------------------------------


def listdir(p=None):
    if p is None:
        return _posix.listdir(".")
    return _posix.listdir(fspath(p))


def mkdir(p, mode=0o777):
    _posix.mkdir(fspath(p), mode)


def makedirs(name, mode=0o777, exist_ok=False):
    """makedirs(name [, mode=0o777][, exist_ok=False]): mkdir with its parents."""
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
        if tail == curdir:
            return
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def rmdir(p):
    _posix.rmdir(fspath(p))


def removedirs(name):
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def remove(p):
    _posix.unlink(fspath(p))


unlink = remove


def rename(src, dst):
    _posix.rename(fspath(src), fspath(dst))


replace = rename


class DirEntry:
    """An entry of os.scandir: name, path, is_dir(), is_file(), is_symlink(), stat()."""

    def __init__(self, dirpath, name):
        self.name = name
        self.path = path.join(dirpath, name)

    def is_dir(self, *, follow_symlinks=True):
        return path.isdir(self.path) if follow_symlinks else (
            path.isdir(self.path) and not path.islink(self.path))

    def is_file(self, *, follow_symlinks=True):
        return path.isfile(self.path) if follow_symlinks else (
            path.isfile(self.path) and not path.islink(self.path))

    def is_symlink(self):
        return path.islink(self.path)

    def stat(self, *, follow_symlinks=True):
        return stat(self.path, follow_symlinks=follow_symlinks)

    def __fspath__(self):
        return self.path

    def __repr__(self):
        return f"<DirEntry {self.name!r}>"


class _ScandirIterator:
    def __init__(self, entries):
        self._it = iter(entries)

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._it)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def close(self):
        self._it = iter(())


def scandir(p="."):
    p = fspath(p)
    return _ScandirIterator([DirEntry(p, n) for n in _posix.listdir(p)])


def walk(top, topdown=True, onerror=None, followlinks=False):
    """Directory tree generator: (dirpath, dirnames, filenames) for each directory."""
    top = fspath(top)
    try:
        names = _posix.listdir(top)
    except OSError as err:
        if onerror is not None:
            onerror(err)
        return
    dirs, nondirs = [], []
    for n in names:
        (dirs if path.isdir(path.join(top, n)) else nondirs).append(n)
    if topdown:
        yield top, dirs, nondirs
        for d in dirs:
            new_path = path.join(top, d)
            if followlinks or not path.islink(new_path):
                yield from walk(new_path, topdown, onerror, followlinks)
    else:
        for d in dirs:
            new_path = path.join(top, d)
            if followlinks or not path.islink(new_path):
                yield from walk(new_path, topdown, onerror, followlinks)
        yield top, dirs, nondirs
