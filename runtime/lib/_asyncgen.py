"""Async generators (PEP 525) for Kiln, around a plain generator.

An `async def` with `yield` compiles to a generator (code flag ASYNC_GENERATOR) whose
`yield v` yields `v` wrapped in an `async_generator_wrapped_value` (opcode
AsyncGenWrap); the yields of the awaits inside it are unwrapped. Calling the function
returns `async_generator(gen)`. Its `asend`/`__anext__` awaitable resumes the
generator: a wrapped value ends the await with that value (StopIteration(v)), an
unwrapped one is passed on to the awaiting coroutine, and the generator's return ends
the iteration (StopAsyncIteration); `athrow`/`aclose` throw into it. As CPython's
asend/athrow objects (Objects/genobject.c).
"""

from _asyncgen_native import wrapped as _Wrapped

_INIT, _ITER, _DONE = 0, 1, 2


class async_generator:
    __slots__ = ("_gen", "_running", "_closed", "__name__", "__qualname__")

    def __init__(self, gen):
        self._gen = gen
        self._running = False
        self._closed = False
        self.__name__ = gen.__name__
        self.__qualname__ = gen.__qualname__

    def __aiter__(self):
        return self

    def __anext__(self):
        return _ASend(self, None)

    def asend(self, value):
        return _ASend(self, value)

    def athrow(self, typ, val=None, tb=None):
        return _AThrow(self, (typ, val, tb))

    def aclose(self):
        return _AThrow(self, None)

    def __repr__(self):
        return "<async_generator object %s at %#x>" % (self.__qualname__, id(self))

    @property
    def ag_running(self):
        return self._running


def _finish(agen, exc):
    """The generator ended while being awaited with `exc` (StopIteration: returned)."""
    agen._running = False
    if isinstance(exc, StopIteration):
        agen._closed = True
        raise StopAsyncIteration
    if isinstance(exc, StopAsyncIteration):
        agen._closed = True
        raise RuntimeError("async generator raised StopAsyncIteration") from exc
    if isinstance(exc, GeneratorExit):
        agen._closed = True
    raise exc


def _throw(gen, typ, val):
    """`gen.throw(typ[, val])` (the traceback argument is not passed on)."""
    return gen.throw(typ) if val is None else gen.throw(typ, val)


class _Awaitable:
    """What the asend and athrow objects share: they are their own iterators, and
    `_step` runs one resumption of the generator and sorts out its result."""

    __slots__ = ("_agen", "_state")

    _reuse = ""  # the "cannot reuse already awaited ..." message

    def __await__(self):
        return self

    def __iter__(self):
        return self

    def __next__(self):
        return self.send(None)

    def close(self):
        self._state = _DONE

    def _check_reuse(self):
        if self._state == _DONE:
            raise RuntimeError("cannot reuse already awaited " + self._reuse)

    def throw(self, typ, val=None, tb=None):
        self._check_reuse()
        agen = self._agen
        return self._step(lambda: _throw(agen._gen, typ, val))

    def _step(self, resume):
        agen = self._agen
        try:
            result = resume()
        except BaseException as exc:
            self._state = _DONE
            self._ended(agen, exc)
        if type(result) is _Wrapped:
            self._state = _DONE
            agen._running = False
            self._yielded(result[0])
        return result

    def _ended(self, agen, exc):
        _finish(agen, exc)

    def _yielded(self, value):
        raise StopIteration(value)


class _ASend(_Awaitable):
    __slots__ = ("_value",)
    _reuse = "__anext__()/asend()"

    def __init__(self, agen, value):
        self._agen = agen
        self._value = value
        self._state = _INIT

    def send(self, value):
        self._check_reuse()
        agen = self._agen
        if self._state == _INIT:
            if agen._running:
                raise RuntimeError("anext(): asynchronous generator is already running")
            if agen._closed:
                self._state = _DONE
                raise StopAsyncIteration
            if value is None:
                value = self._value
            self._state = _ITER
            agen._running = True
        # `_step` inlined: this runs once per item per level of async-for nesting.
        try:
            result = agen._gen.send(value)
        except BaseException as exc:
            self._state = _DONE
            _finish(agen, exc)
        if type(result) is _Wrapped:
            self._state = _DONE
            agen._running = False
            raise StopIteration(result[0])
        return result


class _AThrow(_Awaitable):
    __slots__ = ("_args",)
    _reuse = "aclose()/athrow()"

    def __init__(self, agen, args):
        self._agen = agen
        self._args = args  # None: aclose()
        self._state = _INIT

    def _ended(self, agen, exc):
        if self._args is None and isinstance(
                exc, (GeneratorExit, StopIteration, StopAsyncIteration)):
            agen._running = False
            agen._closed = True
            raise StopIteration(None)
        _finish(agen, exc)

    def _yielded(self, value):
        if self._args is None:
            raise RuntimeError("async generator ignored GeneratorExit")
        raise StopIteration(value)

    def send(self, value):
        self._check_reuse()
        agen = self._agen
        if self._state == _INIT:
            if agen._running:
                raise RuntimeError("athrow(): asynchronous generator is already running")
            if agen._closed:
                self._state = _DONE
                if self._args is None:
                    raise StopIteration(None)
                raise StopAsyncIteration
            self._state = _ITER
            agen._running = True
            if self._args is None:
                return self._step(lambda: agen._gen.throw(GeneratorExit))
            typ, val, _tb = self._args
            return self._step(lambda: _throw(agen._gen, typ, val))
        return self._step(lambda: agen._gen.send(value))
