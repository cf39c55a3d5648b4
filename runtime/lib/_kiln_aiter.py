"""`aiter()` and `anext()` (Kiln's own implementation of the builtins), installed
in builtins the first time either name is looked up (`ops::attr::lazy_builtin`)."""

_MISSING = object()


def aiter(async_iterable, /):
    """The async iterator of an async iterable (its `__aiter__()`)."""
    method = getattr(type(async_iterable), "__aiter__", None)
    if method is None:
        raise TypeError(f"'{type(async_iterable).__name__}' object is not an async iterable")
    it = method(async_iterable)
    if getattr(type(it), "__anext__", None) is None:
        raise TypeError(f"aiter() returned not an async iterator of type "
                        f"'{type(it).__name__}'")
    return it


def anext(aiterator, default=_MISSING, /):
    """The awaitable `__anext__()` of an async iterator; with `default`, an
    awaitable that gives `default` instead of raising StopAsyncIteration."""
    method = getattr(type(aiterator), "__anext__", None)
    if method is None:
        raise TypeError(f"'{type(aiterator).__name__}' object is not an async iterator")
    if default is _MISSING:
        return method(aiterator)

    async def anext_default():
        try:
            return await method(aiterator)
        except StopAsyncIteration:
            return default
    return anext_default()
