"""In-memory streams (Kiln): StringIO for text, BytesIO for bytes. File objects come
from the builtin open()."""

__all__ = ["StringIO", "BytesIO", "TextIOWrapper", "SEEK_SET", "SEEK_CUR", "SEEK_END",
           "UnsupportedOperation"]

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2


class UnsupportedOperation(OSError, ValueError):
    pass


class _MemoryStream:
    """What StringIO and BytesIO share: line iteration, writelines, the capability
    queries, tell and the context manager (each defines _check, _pos, read, readline, write)."""

    def tell(self):
        self._check()
        return self._pos

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def readlines(self, hint=-1):
        lines = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                break
            lines.append(line)
            total += len(line)
            if hint is not None and 0 < hint <= total:
                break
        return lines

    def __iter__(self):
        self._check()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readable(self):
        self._check()
        return True

    def writable(self):
        self._check()
        return True

    def seekable(self):
        self._check()
        return True

    def flush(self):
        self._check()

    def isatty(self):
        self._check()
        return False

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, *args):
        self.close()


class StringIO(_MemoryStream):
    """Text I/O implementation using an in-memory buffer."""

    # The text is self._buf plus the pending appended chunks self._tail; writes at the
    # end only append to _tail (joined lazily), so building a string is linear.

    def __init__(self, initial_value="", newline="\n"):
        if initial_value is None:
            initial_value = ""
        if not isinstance(initial_value, str):
            raise TypeError(f"initial_value must be str or None, not {type(initial_value).__name__}")
        self._buf = initial_value
        self._tail = []
        self._len = len(initial_value)
        self._pos = 0
        self.closed = False

    def _flat(self):
        if self._tail:
            self._buf = self._buf + "".join(self._tail)
            self._tail = []
        return self._buf

    def _check(self):
        if self.closed:
            raise ValueError("I/O operation on closed file")

    def write(self, s):
        self._check()
        if not isinstance(s, str):
            raise TypeError(f"string argument expected, got '{type(s).__name__}'")
        n = len(s)
        if not n:
            return 0
        pos = self._pos
        if pos == self._len:
            self._tail.append(s)
            self._len += n
            self._pos = pos + n
            return n
        buf = self._flat()
        if pos > len(buf):
            buf = buf + "\0" * (pos - len(buf))
        buf = buf[:pos] + s + buf[pos + n:]
        self._buf = buf
        self._len = len(buf)
        self._pos = pos + n
        return n

    def getvalue(self):
        self._check()
        return self._flat()

    def read(self, size=-1):
        self._check()
        buf = self._flat()
        pos = self._pos
        if size is None or size < 0:
            end = len(buf)
        else:
            end = min(pos + size, len(buf))
        if pos >= end:
            return ""
        self._pos = end
        return buf[pos:end]

    def readline(self, size=-1):
        self._check()
        buf = self._flat()
        pos = self._pos
        if pos >= len(buf):
            return ""
        i = buf.find("\n", pos)
        end = len(buf) if i < 0 else i + 1
        if size is not None and size >= 0:
            end = min(end, pos + size)
        self._pos = end
        return buf[pos:end]

    def seek(self, pos, whence=0):
        self._check()
        if whence == 0:
            if pos < 0:
                raise ValueError(f"Negative seek position {pos}")
            self._pos = pos
        elif whence == 1:
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
        elif whence == 2:
            if pos != 0:
                raise OSError("Can't do nonzero end-relative seeks")
            self._pos = self._len
        else:
            raise ValueError(f"Invalid whence ({whence}, should be 0, 1 or 2)")
        return self._pos

    def truncate(self, size=None):
        self._check()
        if size is None:
            size = self._pos
        if size < 0:
            raise ValueError(f"Negative size value {size}")
        buf = self._flat()
        if size < len(buf):
            self._buf = buf[:size]
            self._len = size
        return size

    def close(self):
        self.closed = True
        self._buf = ""
        self._tail = []


TextIOWrapper = StringIO


class BytesIO(_MemoryStream):
    """Buffered I/O implementation using an in-memory bytes buffer (a bytearray)."""

    def __init__(self, initial_bytes=None):
        buf = bytearray()
        if initial_bytes is not None:
            buf += initial_bytes
        self._buffer = buf
        self._pos = 0
        self.closed = False

    def _check(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")

    def getvalue(self):
        self._check()
        return bytes(self._buffer)

    def getbuffer(self):
        self._check()
        return self._buffer

    def read(self, size=-1):
        self._check()
        pos = self._pos
        n = len(self._buffer)
        if size is None or size < 0:
            end = n
        else:
            end = min(pos + size, n)
        if pos >= end:
            return b""
        self._pos = end
        return bytes(self._buffer[pos:end])

    read1 = read

    def readinto(self, b):
        data = self.read(len(b))
        n = len(data)
        b[:n] = data
        return n

    def readline(self, size=-1):
        self._check()
        buf = self._buffer
        pos = self._pos
        if pos >= len(buf):
            return b""
        i = buf.find(b"\n", pos)
        end = len(buf) if i < 0 else i + 1
        if size is not None and size >= 0:
            end = min(end, pos + size)
        self._pos = end
        return bytes(buf[pos:end])

    def write(self, b):
        self._check()
        if isinstance(b, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        n = len(b)
        if n == 0:
            return 0
        pos = self._pos
        buf = self._buffer
        if pos == len(buf):
            buf += b
        else:
            if pos > len(buf):
                buf += bytes(pos - len(buf))
            buf[pos:pos + n] = b
        self._pos = pos + n
        return n

    def seek(self, pos, whence=0):
        self._check()
        if not isinstance(pos, int):
            raise TypeError("an integer is required")
        if whence == 0:
            if pos < 0:
                raise ValueError("negative seek value %d" % pos)
        elif whence == 1:
            pos = max(0, self._pos + pos)
        elif whence == 2:
            pos = max(0, len(self._buffer) + pos)
        else:
            raise ValueError("invalid whence (%d, should be 0, 1 or 2)" % whence)
        self._pos = pos
        return pos

    def truncate(self, size=None):
        self._check()
        if size is None:
            size = self._pos
        if size < 0:
            raise ValueError("negative size value %d" % size)
        del self._buffer[size:]
        return size

    def close(self):
        self.closed = True

