"""hashlib (Kiln): md5, sha1 and the sha2 family.

Hash objects keep the bytes fed to `update` and digest them natively (`_hashlib`,
on the RustCrypto crates) when asked, so `copy()` and repeated `digest()` calls work as
in CPython; a digest costs time proportional to everything hashed so far."""

import _hashlib

_INFO = {
    # name: (digest_size, block_size)
    "md5": (16, 64),
    "sha1": (20, 64),
    "sha224": (28, 64),
    "sha256": (32, 64),
    "sha384": (48, 128),
    "sha512": (64, 128),
}

algorithms_guaranteed = frozenset(_INFO)
algorithms_available = frozenset(_INFO)

__all__ = ("md5", "sha1", "sha224", "sha256", "sha384", "sha512", "new",
           "algorithms_guaranteed", "algorithms_available")


def _check_data(data):
    if isinstance(data, str):
        raise TypeError("Strings must be encoded before hashing")
    if isinstance(data, bytearray):
        return bytes(data)
    if not isinstance(data, bytes):
        raise TypeError("object supporting the buffer API required")
    return data


class _Hash:
    """A hash object: update(data), digest(), hexdigest(), copy()."""

    def __init__(self, name, data=b""):
        self.name = name
        self.digest_size, self.block_size = _INFO[name]
        self._chunks = []
        if data:
            self.update(data)

    def update(self, data):
        self._chunks.append(_check_data(data))

    def digest(self):
        if len(self._chunks) > 1:
            self._chunks = [b"".join(self._chunks)]
        return _hashlib.digest(self.name, self._chunks[0] if self._chunks else b"")

    def hexdigest(self):
        return self.digest().hex()

    def copy(self):
        c = _Hash(self.name)
        c._chunks = list(self._chunks)
        return c

    def __repr__(self):
        return f"<{self.name} _hashlib.HASH object @ {hex(id(self))}>"


def new(name, data=b"", *, usedforsecurity=True):
    """new(name, data=b'') - Return a new hashing object using the named algorithm."""
    if not isinstance(name, str):
        raise TypeError(f"new() argument 'name' must be str, not {type(name).__name__}")
    key = name.lower()
    if key not in _INFO:
        raise ValueError(f"unsupported hash type {name}")
    return _Hash(key, data)


def _constructor(name):
    def make(string=b"", *, usedforsecurity=True):
        return _Hash(name, string)
    make.__name__ = make.__qualname__ = "openssl_" + name
    return make


md5 = _constructor("md5")
sha1 = _constructor("sha1")
sha224 = _constructor("sha224")
sha256 = _constructor("sha256")
sha384 = _constructor("sha384")
sha512 = _constructor("sha512")
