"""Abstract Base Classes (Kiln): ABC, ABCMeta, abstractmethod.

Instantiating a class that still has abstract methods raises TypeError, as in CPython
(checked in ABC.__new__, so it applies to subclasses of ABC)."""


def abstractmethod(funcobj):
    """A decorator indicating abstract methods."""
    try:
        funcobj.__isabstractmethod__ = True
    except (AttributeError, TypeError):
        pass
    return funcobj


try:
    class abstractproperty(property):
        __isabstractmethod__ = True
except TypeError:
    def abstractproperty(fget=None, fset=None, fdel=None, doc=None):
        return property(abstractmethod(fget), fset, fdel, doc)


def abstractclassmethod(f):
    return classmethod(abstractmethod(f))


def abstractstaticmethod(f):
    return staticmethod(abstractmethod(f))


def _abstract_names(cls):
    names = []
    for name in dir(cls):
        try:
            v = getattr(cls, name)
        except AttributeError:
            continue
        if getattr(v, "__isabstractmethod__", False):
            names.append(name)
    return sorted(names)


_abstract_cache = {}


def _check_abstract(cls):
    names = _abstract_cache.get(cls)
    if names is None:
        names = _abstract_names(cls)
        _abstract_cache[cls] = names
    if names:
        s = "s" if len(names) > 1 else ""
        raise TypeError(f"Can't instantiate abstract class {cls.__name__} "
                        f"with abstract method{s} {', '.join(names)}")


try:
    class ABCMeta(type):
        """Metaclass for defining Abstract Base Classes."""

        def register(cls, subclass):
            """Register a virtual subclass (recorded on cls and its ABC ancestors)."""
            for c in cls.__mro__:
                if c is object or not isinstance(c, ABCMeta):
                    continue
                regs = c.__dict__.get("_abc_registry_list")
                if regs is None:
                    regs = []
                    setattr(c, "_abc_registry_list", regs)
                regs.append(subclass)
            return subclass

        def __instancecheck__(cls, instance):
            return cls.__subclasscheck__(type(instance))

        def __subclasscheck__(cls, subclass):
            if cls in getattr(subclass, "__mro__", ()):
                return True
            hook = getattr(cls, "__subclasshook__", None)
            if hook is not None:
                r = hook(subclass)
                if r is True:
                    return True
                if r is False:
                    return False
            for r in cls.__dict__.get("_abc_registry_list", ()):
                if r is subclass or issubclass(subclass, r):
                    return True
            return False
except TypeError:
    class ABCMeta:
        """Placeholder (this Kiln build cannot subclass type)."""

        def register(cls, subclass):
            return subclass


_meta = ABCMeta if issubclass(ABCMeta, type) else type


class ABC(metaclass=_meta):
    """Helper class: subclasses get abstract-method checks on instantiation."""

    __slots__ = ()

    @classmethod
    def __subclasshook__(cls, subclass):
        return NotImplemented

    def __new__(cls, *args, **kwargs):
        _check_abstract(cls)
        return object.__new__(cls)


def get_cache_token():
    return 0
