# enum with EnumType: members, aliases, auto(), lookup by value and name, iteration,
# len/in/reversed, __members__, _missing_, tuple values with __init__, unique,
# reassignment guards, extension errors, methods inherited from a member-less base.
import copy
from enum import Enum, auto, unique, EnumMeta


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

    @classmethod
    def default(cls):
        return cls.GREEN


print(Color.RED, repr(Color.GREEN), Color.RED.name, Color.RED.value, Color(2), Color.CRIMSON is Color.RED)
print(list(Color), len(Color), Color["BLUE"], Color.RED in Color, list(reversed(Color)), Color, type(Color.RED))
print(Color.__members__, bool(Color), Color.default(), isinstance(Color, EnumMeta), type(Color).__name__)
print([c.name for c in Color], {c: c.value for c in Color}[Color.GREEN], sorted(Color, key=lambda c: -c.value))
print(Color.BLUE.describe(), Color.RED.upper, f"{Color.RED}", f"{Color.RED!r}", copy.deepcopy(Color.BLUE) is Color.BLUE)
for bad in (lambda: Color(7), lambda: Color["PINK"], lambda: setattr(Color, "RED", 5), lambda: Color.RED < Color.BLUE):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)


class Shape(Enum):
    SQUARE = auto()
    CIRCLE = auto()
    LINE = 10
    DOT = auto()


print([(s.name, s.value) for s in Shape])


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)


print(Planet.EARTH.value, Planet.EARTH.mass, round(Planet.EARTH.surface_gravity, 2), Planet((3.303e+23, 2.4397e6)))


class Lenient(Enum):
    A = "a"

    @classmethod
    def _missing_(cls, value):
        return cls.A if isinstance(value, str) and value.lower() == "a" else None


print(Lenient("A"), Lenient("a"))
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


class Base(Enum):
    def hello(self):
        return "hi " + self.name


class Derived(Base):
    X = 1


print(Derived.X.hello(), list(Derived), Color.RED.__class__ is Color, hash(Color.RED) == hash(Color.CRIMSON))
