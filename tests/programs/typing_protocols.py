# typing.Protocol with its metaclass: isinstance() against @runtime_checkable protocols
# checks members (instance, class and property attributes; methods set to None do not
# count), explicit subclasses, the TypeError for non-runtime protocols.
from typing import Protocol, runtime_checkable, Iterable


@runtime_checkable
class HasX(Protocol):
    x: int


@runtime_checkable
class SupportsClose(Protocol):
    def close(self): ...


class NotRuntime(Protocol):
    def meth(self): ...


class WithX:
    def __init__(self):
        self.x = 1


class ClassX:
    x = 5


class PropX:
    @property
    def x(self):
        return 3


class Closer:
    def close(self):
        pass


class NoneClose:
    close = None


class Explicit(SupportsClose):
    def close(self):
        return "closed"


print(isinstance(WithX(), HasX), isinstance(ClassX(), HasX), isinstance(PropX(), HasX), isinstance(1, HasX))
print(isinstance(Closer(), SupportsClose), isinstance(NoneClose(), SupportsClose), isinstance(Explicit(), SupportsClose), isinstance("s", SupportsClose))
try:
    isinstance(1, NotRuntime)
except TypeError as e:
    print("TypeError", e)
try:
    runtime_checkable(WithX)
except TypeError as e:
    print("TypeError", str(e)[:60])
print(Explicit().close(), issubclass(Explicit, SupportsClose), type(HasX).__name__)


class Proto2(HasX, Protocol):
    y: str


class Both:
    x = 1
    y = "a"


print(isinstance(Both(), runtime_checkable(Proto2)), isinstance(ClassX(), Proto2))
