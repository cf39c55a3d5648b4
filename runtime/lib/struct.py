"""struct (Kiln): conversions between Python values and C structs packed in bytes.

The work is native (`_struct`); `Struct` keeps a format and its size."""

from _struct import calcsize, error, iter_unpack, pack, unpack, unpack_from

__all__ = ["calcsize", "pack", "unpack", "unpack_from", "iter_unpack", "Struct", "error"]


class Struct:
    """Struct(fmt) --> compiled struct object"""

    def __init__(self, format):
        if isinstance(format, bytes):
            format = format.decode("ascii")
        elif not isinstance(format, str):
            raise TypeError("Struct() argument 1 must be a str or bytes object, "
                            f"not {type(format).__name__}")
        self.size = calcsize(format)
        self.format = format

    def pack(self, *values):
        return pack(self.format, *values)

    def unpack(self, buffer):
        return unpack(self.format, buffer)

    def unpack_from(self, buffer, offset=0):
        return unpack_from(self.format, buffer, offset)

    def iter_unpack(self, buffer):
        return iter_unpack(self.format, buffer)
