# enum (no metaclass): members, name/value, lookup by value, aliases, auto(), unique,
# methods and properties on members, copy. (Iterating the class, len() and Color['X']
# need EnumMeta: not supported, see runtime/lib/enum.py.)
import copy
from enum import Enum, auto, unique


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1

    def describe(self):
        return f"{self.name} is {self.value}"

    @property
    def upper(self):
        return self.name.upper()


print(Color.RED, repr(Color.GREEN), Color.RED.name, Color.RED.value, Color(2), Color.CRIMSON is Color.RED)
print(Color.RED == Color.RED, Color.RED == 1, Color.RED != Color.BLUE, hash(Color.RED) == hash(Color.RED))
print(Color.BLUE.describe(), Color.RED.upper, type(Color.RED).__name__, isinstance(Color.RED, Color), isinstance(Color.RED, Enum))
print(list(Color.__members__), Color._member_names_, f"{Color.RED}", "%s" % Color.GREEN, f"{Color.RED:>12}|")
print({Color.RED: "r"}[Color.CRIMSON], copy.deepcopy(Color.BLUE) is Color.BLUE, copy.copy(Color.RED) is Color.RED)
try:
    Color(7)
except ValueError as e:
    print("ValueError", e)


class Shape(Enum):
    SQUARE = auto()
    CIRCLE = auto()
    LINE = 10
    DOT = auto()


print(Shape.SQUARE.value, Shape.CIRCLE.value, Shape.DOT.value, Shape(10))
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError", e)
try:
    class More(Color):
        PINK = 9
except TypeError as e:
    print("TypeError", e)
try:
    Color.RED < Color.BLUE
except TypeError as e:
    print("TypeError", e)


class WidgetKind(Enum):
    BIG = 1
    SMALL = 2


print(WidgetKind.BIG == WidgetKind.BIG, WidgetKind.BIG == WidgetKind.SMALL, sorted([Color.BLUE, Color.RED], key=lambda c: c.value))
