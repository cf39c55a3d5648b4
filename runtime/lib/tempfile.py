"""tempfile (Kiln): temporary directories and files with unguessable names.

gettempdir, mkstemp, mkdtemp, TemporaryDirectory, NamedTemporaryFile, and TemporaryFile
(here a named file removed on close). Not here: the unsafe mktemp."""

import os
import random as _random
import shutil as _shutil

__all__ = ["gettempdir", "gettempprefix", "mkstemp", "mkdtemp", "TemporaryDirectory",
           "NamedTemporaryFile", "TemporaryFile", "TMP_MAX", "tempdir", "template"]

TMP_MAX = 10000
template = "tmp"
tempdir = None

_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789_"
_rng = _random.Random()


def _name():
    return "".join(_rng.choice(_CHARS) for _ in range(8))


def gettempprefix():
    return template


def gettempdir():
    """The directory temporary files go in: TMPDIR, TEMP or TMP, else /tmp."""
    global tempdir
    if tempdir is None:
        for var in ("TMPDIR", "TEMP", "TMP"):
            d = os.environ.get(var)
            if d and os.path.isdir(d):
                tempdir = os.path.abspath(d)
                break
        else:
            tempdir = "/tmp" if os.path.isdir("/tmp") else os.getcwd()
    return tempdir


def _candidates(suffix, prefix, dir):
    if dir is None:
        dir = gettempdir()
    if prefix is None:
        prefix = template
    if suffix is None:
        suffix = ""
    for _ in range(TMP_MAX):
        yield os.path.join(dir, prefix + _name() + suffix)
    raise FileExistsError("No usable temporary file name found")


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    """Create a new file (mode 0o600, opened for reading and writing) and return
    (os-level descriptor, its path)."""
    flags = os.O_RDWR | os.O_CREAT | os.O_EXCL
    for path in _candidates(suffix, prefix, dir):
        try:
            fd = os.open(path, flags, 0o600)
        except FileExistsError:
            continue
        return fd, path


def mkdtemp(suffix=None, prefix=None, dir=None):
    """Create a new directory (mode 0o700) and return its path (absolute when `dir`
    is; Python 3.11 does not make it so)."""
    for path in _candidates(suffix, prefix, dir):
        try:
            os.mkdir(path, 0o700)
        except FileExistsError:
            continue
        return path


class TemporaryDirectory:
    """A directory removed (with its contents) on cleanup or leaving the context."""

    def __init__(self, suffix=None, prefix=None, dir=None, ignore_cleanup_errors=False):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_cleanup_errors = ignore_cleanup_errors

    def __repr__(self):
        return f"<{self.__class__.__name__} {self.name!r}>"

    def __enter__(self):
        return self.name

    def __exit__(self, exc, value, tb):
        self.cleanup()

    def cleanup(self):
        if os.path.exists(self.name):
            _shutil.rmtree(self.name, ignore_errors=self._ignore_cleanup_errors)


class _NamedFile:
    """A file object wrapper that removes its file when closed (if `delete`)."""

    def __init__(self, file, name, delete):
        self.file = file
        self.name = name
        self.delete = delete

    def __getattr__(self, attr):
        return getattr(self.file, attr)

    def __iter__(self):
        return iter(self.file)

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, exc, value, tb):
        self.close()

    def close(self):
        self.file.close()
        if self.delete:
            try:
                os.remove(self.name)
            except FileNotFoundError:
                pass


def NamedTemporaryFile(mode="w+b", buffering=-1, encoding=None, newline=None,
                       suffix=None, prefix=None, dir=None, delete=True, *, errors=None):
    """A new file in the temporary directory, opened with `mode`; removed on close
    when `delete` is true."""
    for path in _candidates(suffix, prefix, dir):
        if os.path.exists(path):
            continue
        with open(path, "xb"):
            pass
        f = open(path, mode, encoding=encoding)
        return _NamedFile(f, path, delete)


TemporaryFile = NamedTemporaryFile
