"""shutil (Kiln): high-level file operations — copying files and trees, removing
trees, moving, which — over os and binary files. (Not here: permissions and metadata
copying, archives, disk_usage, get_terminal_size.)"""

import os

__all__ = ["copyfileobj", "copyfile", "copy", "copy2", "copytree", "rmtree", "move",
           "which", "Error", "SameFileError"]


class Error(OSError):
    pass


class SameFileError(Error):
    """Raised when source and destination are the same file."""


def copyfileobj(fsrc, fdst, length=0):
    """Copy data from file-like object fsrc to file-like object fdst."""
    if not length:
        length = 64 * 1024
    while True:
        buf = fsrc.read(length)
        if not buf:
            break
        fdst.write(buf)


def _samefile(src, dst):
    try:
        return os.path.samefile(src, dst)
    except OSError:
        return False


def copyfile(src, dst, *, follow_symlinks=True):
    """Copy data from src to dst; return dst."""
    if _samefile(src, dst):
        raise SameFileError(f"{src!r} and {dst!r} are the same file")
    with open(src, "rb") as fsrc:
        with open(dst, "wb") as fdst:
            copyfileobj(fsrc, fdst)
    return dst


def copy(src, dst, *, follow_symlinks=True):
    """Copy src to dst (a file or a directory to copy into); return the new path."""
    if os.path.isdir(dst):
        dst = os.path.join(dst, os.path.basename(src))
    copyfile(src, dst)
    return dst


copy2 = copy


def copytree(src, dst, dirs_exist_ok=False):
    """Recursively copy the directory tree at src to dst; return dst."""
    os.makedirs(dst, exist_ok=dirs_exist_ok)
    for name in os.listdir(src):
        s = os.path.join(src, name)
        d = os.path.join(dst, name)
        if os.path.isdir(s):
            copytree(s, d, dirs_exist_ok=dirs_exist_ok)
        else:
            copyfile(s, d)
    return dst


def rmtree(path, ignore_errors=False, onerror=None):
    """Remove the directory tree at path (its files and subdirectories first)."""
    def fail(func, p, exc):
        if ignore_errors:
            return
        if onerror is not None:
            onerror(func, p, (type(exc), exc, exc.__traceback__))
            return
        raise exc

    try:
        if os.path.islink(path):
            raise OSError("Cannot call rmtree on a symbolic link")
        names = os.listdir(path)
    except OSError as e:
        fail(os.listdir, path, e)
        return
    for name in names:
        full = os.path.join(path, name)
        if os.path.isdir(full) and not os.path.islink(full):
            rmtree(full, ignore_errors, onerror)
        else:
            try:
                os.remove(full)
            except OSError as e:
                fail(os.remove, full, e)
    try:
        os.rmdir(path)
    except OSError as e:
        fail(os.rmdir, path, e)


def move(src, dst):
    """Move src to dst (into it, if dst is a directory); return the destination."""
    real_dst = dst
    if os.path.isdir(dst):
        real_dst = os.path.join(dst, os.path.basename(src.rstrip(os.sep)))
        if os.path.exists(real_dst):
            raise Error(f"Destination path '{real_dst}' already exists")
    try:
        os.rename(src, real_dst)
    except OSError:
        if os.path.isdir(src):
            copytree(src, real_dst)
            rmtree(src)
        else:
            copyfile(src, real_dst)
            os.remove(src)
    return real_dst


def which(cmd, mode=os.F_OK | os.X_OK, path=None):
    """The full path of executable `cmd` on PATH, or None."""
    if os.path.dirname(cmd):
        return cmd if os.path.exists(cmd) and os.access(cmd, mode) and not os.path.isdir(cmd) else None
    if path is None:
        path = os.environ.get("PATH", os.defpath)
    for d in path.split(os.pathsep):
        full = os.path.join(d, cmd)
        if os.path.exists(full) and os.access(full, mode) and not os.path.isdir(full):
            return full
    return None
