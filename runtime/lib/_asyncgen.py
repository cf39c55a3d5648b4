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


def _unwrap(agen, result):
    """The generator yielded `result`: finish the await with a wrapped value."""
    if type(result) is _Wrapped:
        agen._running = False
        raise StopIteration(result[0])
    return result


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


class _ASend:
    __slots__ = ("_agen", "_value", "_state")

    def __init__(self, agen, value):
        self._agen = agen
        self._value = value
        self._state = _INIT

    def __await__(self):
        return self

    def __iter__(self):
        return self

    def __next__(self):
        return self.send(None)

    def send(self, value):
        agen = self._agen
        if self._state == _DONE:
            raise RuntimeError("cannot reuse already awaited __anext__()/asend()")
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
        try:
            result = agen._gen.send(value)
        except BaseException as exc:
            self._state = _DONE
            _finish(agen, exc)
        try:
            return _unwrap(agen, result)
        except StopIteration:
            self._state = _DONE
            raise

    def throw(self, typ, val=None, tb=None):
        agen = self._agen
        if self._state == _DONE:
            raise RuntimeError("cannot reuse already awaited __anext__()/asend()")
        try:
            result = agen._gen.throw(typ, val, tb) if val is not None else agen._gen.throw(typ)
        except BaseException as exc:
            self._state = _DONE
            _finish(agen, exc)
        try:
            return _unwrap(agen, result)
        except StopIteration:
            self._state = _DONE
            raise

    def close(self):
        self._state = _DONE


class _AThrow:
    __slots__ = ("_agen", "_args", "_state")

    def __init__(self, agen, args):
        self._agen = agen
        self._args = args  # None: aclose()
        self._state = _INIT

    def __await__(self):
        return self

    def __iter__(self):
        return self

    def __next__(self):
        return self.send(None)

    def _step(self, resume):
        agen = self._agen
        try:
            result = resume()
        except BaseException as exc:
            self._state = _DONE
            agen._running = False
            if self._args is None and isinstance(
                    exc, (GeneratorExit, StopIteration, StopAsyncIteration)):
                agen._closed = True
                raise StopIteration(None)
            _finish(agen, exc)
        if type(result) is _Wrapped:
            self._state = _DONE
            agen._running = False
            if self._args is None:
                raise RuntimeError("async generator ignored GeneratorExit")
            raise StopIteration(result[0])
        return result

    def send(self, value):
        agen = self._agen
        if self._state == _DONE:
            raise RuntimeError("cannot reuse already awaited aclose()/athrow()")
        if self._state == _INIT:
            if agen._running:
                raise RuntimeError("athrow(): asynchronous generator is already running")
            self._state = _ITER
            if agen._closed:
                self._state = _DONE
                agen._closed = True
                if self._args is None:
                    raise StopIteration(None)
                raise StopAsyncIteration
            agen._running = True
            if self._args is None:
                return self._step(lambda: agen._gen.throw(GeneratorExit))
            typ, val, tb = self._args
            return self._step(lambda: agen._gen.throw(typ, val) if val is not None
                              else agen._gen.throw(typ))
        return self._step(lambda: agen._gen.send(value))

    def throw(self, typ, val=None, tb=None):
        if self._state == _DONE:
            raise RuntimeError("cannot reuse already awaited aclose()/athrow()")
        agen = self._agen
        return self._step(lambda: agen._gen.throw(typ, val) if val is not None
                          else agen._gen.throw(typ))

    def close(self):
        self._state = _DONE
