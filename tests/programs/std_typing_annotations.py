from typing import Any, List, Dict, Set, Tuple, Optional, Union, Callable, Iterable, Iterator, Generator, TypeVar, Generic, Protocol, cast, TYPE_CHECKING, overload, Final, ClassVar, Sequence, Mapping
import typing
T = TypeVar("T")
K = TypeVar("K")
def first(xs: List[T]) -> Optional[T]:
    return xs[0] if xs else None
def total(d: Dict[str, int], extra: Union[int, float] = 0) -> float:
    return sum(d.values()) + extra
def apply(f: Callable[[int], int], xs: Iterable[int]) -> List[int]:
    return [f(x) for x in xs]
def gen(n: int) -> Iterator[int]:
    yield from range(n)
class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> T:
        return self.items.pop()
class Greeter(Protocol):
    def greet(self) -> str:
        ...
s = Stack()
s.push(1); s.push(2)
print(first([3, 4]), first([]), total({"a": 1, "b": 2}, 0.5), apply(lambda x: x * 2, [1, 2]), list(gen(3)), s.pop())
print(cast(int, "not really"), TYPE_CHECKING, T, typing.List[int], typing.Dict[str, List[int]], Optional[int], Union[int, str], Callable[[int, str], bool])
x: Final = 5
y: ClassVar[int] = 3
pairs: Tuple[int, str] = (1, "a")
print(x, y, pairs, Tuple[int, str], Set[int], Any)
