# dataclasses: generated __init__/__repr__/__eq__/order/hash, frozen, InitVar, ClassVar,
# inheritance, kw_only, field(), fields/asdict/astuple/replace, and their errors.
from dataclasses import dataclass, field, fields, asdict, astuple, replace, FrozenInstanceError, InitVar, is_dataclass
from typing import List, ClassVar, Optional


@dataclass
class Point:
    x: int
    y: int = 0
    tags: List[str] = field(default_factory=list)
    count: ClassVar[int] = 0


p = Point(1)
q = Point(1, 2, ["a"])
print(p, q, p == Point(1), p != q, Point.count, Point.y)
print(Point.__doc__)
print([f.name for f in fields(p)], asdict(q), astuple(q), replace(q, x=9))
print(Point.__match_args__, Point.__hash__, is_dataclass(p), is_dataclass(Point), is_dataclass(1))


@dataclass(order=True, frozen=True)
class V:
    a: int
    b: str = "z"


v = V(1)
print(v, hash(v) == hash(V(1)), V(1) < V(2), V(1, "a") <= V(1, "b"), sorted([V(3), V(1), V(2)]))
try:
    v.a = 5
except FrozenInstanceError as e:
    print("FrozenInstanceError", e)


@dataclass
class C:
    a: int
    scale: InitVar[int] = 2
    b: int = field(init=False, default=0)

    def __post_init__(self, scale):
        self.b = self.a * scale


c = C(3)
print(c, C(3, 5), c.b)


@dataclass
class Base:
    x: int
    y: int = 1


@dataclass
class Derived(Base):
    z: int = 5


print(Derived(1), Derived(1, 2, 3), fields(Derived)[2].name)


@dataclass(eq=False)
class NoEq:
    a: int


print(NoEq(1) == NoEq(1), NoEq(1).__hash__ is not None)


@dataclass
class Node:
    val: int
    next: Optional["Node"] = None


n = Node(1)
n.next = n
print(n)


for bad in ["@dataclass\nclass B:\n    a: int = 1\n    b: int\n",
            "@dataclass\nclass B:\n    a: list = []\n",
            "@dataclass(order=True, eq=False)\nclass B:\n    a: int\n"]:
    try:
        exec("from dataclasses import dataclass\n" + bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)


@dataclass(kw_only=True)
class K:
    a: int
    b: int = 2


print(K(a=1), K(b=3, a=4))
try:
    K(1)
except TypeError as e:
    print("TypeError", e)
try:
    Point()
except TypeError as e:
    print("TypeError", e)
print(repr(fields(Point)[0])[:40])


@dataclass
class Q:
    p: Point
    d: dict


print(asdict(Q(Point(1, 2), {"k": Point(3)})), astuple(Q(Point(1, 2), {"k": Point(3)})), asdict(Point(1), dict_factory=list))
