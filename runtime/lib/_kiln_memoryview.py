"""`memoryview` over bytes and bytearray (one dimension, format 'B'), Kiln's own
implementation; installed in builtins the first time the name is looked up
(`ops::attr::lazy_builtin`)."""


class memoryview:
    __module__ = "builtins"
    __slots__ = ("obj", "_start", "_stop", "_step", "_released")

    def __init__(self, obj):
        if isinstance(obj, memoryview):
            obj._check()
            self.obj = obj.obj
            self._start, self._stop, self._step = obj._start, obj._stop, obj._step
        elif isinstance(obj, (bytes, bytearray)):
            self.obj = obj
            self._start, self._stop, self._step = 0, len(obj), 1
        else:
            raise TypeError("memoryview: a bytes-like object is required, not '%s'"
                            % type(obj).__name__)
        self._released = False

    def _check(self):
        if self._released:
            raise ValueError("operation forbidden on released memoryview object")

    def _range(self):
        return range(self._start, self._stop, self._step)

    def __len__(self):
        self._check()
        return len(self._range())

    @property
    def nbytes(self):
        return len(self)

    @property
    def readonly(self):
        self._check()
        return isinstance(self.obj, bytes)

    format = "B"
    itemsize = 1
    ndim = 1

    @property
    def shape(self):
        return (len(self),)

    @property
    def strides(self):
        self._check()
        return (self._step,)

    @property
    def c_contiguous(self):
        return self._step == 1

    contiguous = c_contiguous

    def __getitem__(self, index):
        self._check()
        r = self._range()
        if isinstance(index, slice):
            sub = r[index]
            view = memoryview.__new__(memoryview)
            view.obj = self.obj
            view._start, view._stop, view._step = sub.start, sub.stop, sub.step
            view._released = False
            return view
        return self.obj[r[index]]

    def __setitem__(self, index, value):
        self._check()
        if isinstance(self.obj, bytes):
            raise TypeError("cannot modify read-only memory")
        r = self._range()
        if isinstance(index, slice):
            targets = r[index]
            data = bytes(value)
            if len(data) != len(targets):
                raise ValueError("memoryview assignment: lvalue and rvalue have "
                                 "different structures")
            for i, b in zip(targets, data):
                self.obj[i] = b
        else:
            self.obj[r[index]] = value

    def __iter__(self):
        self._check()
        obj = self.obj
        return (obj[i] for i in self._range())

    def tobytes(self, order=None):
        self._check()
        obj = self.obj
        if self._step == 1:
            return bytes(obj[self._start:self._stop])
        return bytes(obj[i] for i in self._range())

    def tolist(self):
        return list(self.tobytes())

    def hex(self, *args):
        return self.tobytes().hex(*args)

    def release(self):
        self._released = True

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, *exc):
        self.release()

    def __eq__(self, other):
        if self._released:
            return self is other
        if isinstance(other, (memoryview, bytes, bytearray)):
            return self.tobytes() == bytes(other)
        return NotImplemented

    def __hash__(self):
        if not self.readonly:
            raise ValueError("cannot hash writable memoryview object")
        return hash(self.tobytes())

    def __bytes__(self):
        return self.tobytes()

    def __repr__(self):
        state = "released " if self._released else ""
        return "<%smemory at %s>" % (state, hex(id(self)))
