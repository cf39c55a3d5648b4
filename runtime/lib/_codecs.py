"""The codec entry points pickles of bytes name at protocols 0-2 (Kiln): encode and
decode through str.encode and bytes.decode."""


def encode(obj, encoding="utf-8", errors="strict"):
    return obj.encode(encoding, errors)


def decode(obj, encoding="utf-8", errors="strict"):
    return obj.decode(encoding, errors)
