"""The pickle accelerator (Kiln): dumps and loads run in native code (_pickle_core) for
the builtin types, calling back here only for what pickle.py's rules decide in Python
(globals, reductions, building objects). Pickler and Unpickler take the native path for
a plain dump or for loads; customised picklers (persistent_id, dispatch_table,
reducer_override) and file-based Unpickler.load run pickle.py's Python code.

Known difference from CPython's C pickle: a Pickler's memo is not kept across several
dump() calls on the native path (each dump is self-contained)."""

import copyreg
import sys

import pickle as _py
import _pickle_core

from pickle import PickleError, PicklingError, UnpicklingError

__all__ = ["PickleError", "PicklingError", "UnpicklingError", "Pickler", "Unpickler",
           "dump", "dumps", "load", "loads"]


def _check_protocol(protocol):
    if protocol is None:
        return _py.DEFAULT_PROTOCOL
    if protocol < 0:
        return _py.HIGHEST_PROTOCOL
    if protocol > _py.HIGHEST_PROTOCOL:
        raise ValueError("pickle protocol must be <= %d" % _py.HIGHEST_PROTOCOL)
    return protocol


def _global_ref(obj, proto, name=None):
    """How pickle.py's save_global refers to obj: ("global", module, name) or a
    reduction through getattr or an extension code."""
    if name is None:
        name = getattr(obj, "__qualname__", None)
    if name is None:
        name = obj.__name__
    module_name = _py.whichmodule(obj, name)
    try:
        __import__(module_name, level=0)
        module = sys.modules[module_name]
        obj2, parent = _py._getattribute(module, name)
    except (ImportError, KeyError, AttributeError):
        raise PicklingError("Can't pickle %r: it's not found as %s.%s"
                            % (obj, module_name, name)) from None
    if obj2 is not obj:
        raise PicklingError("Can't pickle %r: it's not the same object as %s.%s"
                            % (obj, module_name, name))
    if proto >= 2:
        code = copyreg._extension_registry.get((module_name, name))
        if code:
            return ("ext", code)
    lastname = name.rpartition(".")[2]
    if parent is module:
        name = lastname
    if proto < 4 and parent is not module:
        return ("reduce", getattr, (parent, lastname), None, None, None, None)
    if proto < 3:
        module_name = _py._REVERSE_IMPORT_MAPPING.get(module_name, module_name)
        try:
            module_name.encode("ascii")
            name.encode("ascii")
        except UnicodeEncodeError:
            raise PicklingError("can't pickle global identifier '%s.%s' using pickle "
                                "protocol %i" % (module_name, name, proto)) from None
    return ("global", module_name, name)


def _reduction(func, args, state=None, listitems=None, dictitems=None, state_setter=None,
               obj=None, proto=4):
    if not isinstance(args, tuple):
        raise PicklingError("args from save_reduce() must be a tuple")
    if not callable(func):
        raise PicklingError("func from save_reduce() must be callable")
    func_name = getattr(func, "__name__", "")
    if proto >= 2 and func_name == "__newobj_ex__":
        cls, args, kwargs = args
        if not hasattr(cls, "__new__"):
            raise PicklingError("args[0] from __newobj_ex__ args has no __new__")
        if obj is not None and cls is not obj.__class__:
            raise PicklingError("args[0] from __newobj_ex__ args has the wrong class")
        if proto >= 4:
            return ("newobj_ex", cls, args, state, listitems, dictitems, state_setter, kwargs)
        import functools
        func = functools.partial(cls.__new__, cls, *args, **kwargs)
        return ("reduce", func, (), state, listitems, dictitems, state_setter)
    if proto >= 2 and func_name == "__newobj__":
        cls = args[0]
        if not hasattr(cls, "__new__"):
            raise PicklingError("args[0] from __newobj__ args has no __new__")
        if obj is not None and cls is not obj.__class__:
            raise PicklingError("args[0] from __newobj__ args has the wrong class")
        return ("newobj", cls, args[1:], state, listitems, dictitems, state_setter)
    return ("reduce", func, args, state, listitems, dictitems, state_setter)


def _describe(obj, proto):
    """pickle.py's save() for an object the native pickler does not write itself."""
    t = type(obj)
    if t is bytes:
        if not obj:
            return _reduction(bytes, (), obj=obj, proto=proto)
        return _reduction(_py._codecs_encode, (str(obj, "latin1"), "latin1"), obj=obj,
                          proto=proto)
    if t is bytearray:
        return _reduction(bytearray, (bytes(obj),) if obj else (), obj=obj, proto=proto)
    if t is set:
        return _reduction(set, (list(obj),), obj=obj, proto=proto)
    if t is frozenset:
        return _reduction(frozenset, (list(obj),), obj=obj, proto=proto)
    if t is type:
        if obj is type(None):
            return _reduction(type, (None,), obj=obj, proto=proto)
        if obj is type(NotImplemented):
            return _reduction(type, (NotImplemented,), obj=obj, proto=proto)
        if obj is type(...):
            return _reduction(type, (...,), obj=obj, proto=proto)
        return _global_ref(obj, proto)
    reduce = copyreg.dispatch_table.get(t)
    if reduce is not None:
        rv = reduce(obj)
    elif isinstance(obj, type):
        return _global_ref(obj, proto)
    else:
        reduce = getattr(obj, "__reduce_ex__", None)
        if reduce is not None:
            rv = reduce(proto)
        else:
            reduce = getattr(obj, "__reduce__", None)
            if reduce is not None:
                rv = reduce()
            elif callable(obj) and hasattr(obj, "__qualname__"):
                return _global_ref(obj, proto)
            else:
                rv = copyreg.reduce_object(obj, proto)
    if isinstance(rv, str):
        return _global_ref(obj, proto, rv)
    if not isinstance(rv, tuple):
        raise PicklingError("%s must return string or tuple" % reduce)
    if not 2 <= len(rv) <= 6:
        raise PicklingError("Tuple returned by %s must have two to six elements" % reduce)
    return _reduction(*rv, obj=obj, proto=proto)


def _find_class(module, name):
    module = _py._IMPORT_MAPPING.get(module, module)
    __import__(module, level=0)
    return _py._getattribute(sys.modules[module], name)[0]


def _new_obj(cls, args, kwargs):
    if kwargs:
        return cls.__new__(cls, *args, **kwargs)
    return cls.__new__(cls, *args)


_build = _py._apply_state


def dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None):
    protocol = _check_protocol(protocol)
    if buffer_callback is not None and protocol < 5:
        raise ValueError("buffer_callback needs protocol >= 5")
    return _pickle_core.dumps(obj, protocol, _describe)


def dump(obj, file, protocol=None, *, fix_imports=True, buffer_callback=None):
    Pickler(file, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback).dump(obj)


def loads(data, /, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=None):
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    if buffers is None and encoding == "ASCII" and errors == "strict":
        r = _pickle_core.loads(data, _find_class, _build, _new_obj, UnpicklingError)
        if r is not NotImplemented:
            return r
    import io
    return _py._Unpickler(io.BytesIO(data), fix_imports=fix_imports, encoding=encoding,
                          errors=errors, buffers=buffers).load()


def load(file, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=None):
    return Unpickler(file, fix_imports=fix_imports, encoding=encoding, errors=errors,
                     buffers=buffers).load()


class Pickler(_py._Pickler):
    """pickle.py's Pickler; a plain dump runs natively."""

    def dump(self, obj):
        plain = (type(self).persistent_id is Pickler.persistent_id
                 and not hasattr(self, "dispatch_table")
                 and not hasattr(self, "reducer_override")
                 and not self.memo and not self.fast)
        if plain:
            self._file_write(_pickle_core.dumps(obj, self.proto, _describe))
            return
        super().dump(obj)


class Unpickler(_py._Unpickler):
    """pickle.py's Unpickler (reading a file object)."""
