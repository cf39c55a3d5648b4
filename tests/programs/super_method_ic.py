# `super().m()` through the method IC (keyed by the instance's class version and the
# start class): diamond mros sharing one call site, base methods replaced at run time,
# properties and classmethods through super, and a missing attribute.


class Base:
    def who(self):
        return "Base"

    @property
    def prop(self):
        return "prop-" + type(self).__name__

    @classmethod
    def make(cls):
        return cls.__name__


class Left(Base):
    def who(self):
        return "Left>" + super().who()


class Right(Base):
    def who(self):
        return "Right>" + super().who()


class Diamond(Left, Right):
    def who(self):
        return "Diamond>" + super().who()

    def via_prop(self):
        return super().prop

    @classmethod
    def make(cls):
        return "D:" + super().make()


def run(objs, n):
    return [o.who() for o in objs for _ in range(n)][::n]


objs = [Left(), Right(), Diamond()]
print(run(objs, 3))
Base.who = lambda self: "patched"
print(run(objs, 3))


def newer(self):
    return "Right2>" + super(Right, self).who()


Right.who = newer
print(run(objs, 2))
del Base.who
try:
    run(objs, 1)
except AttributeError as e:
    print("AttributeError:", e)
print([Diamond().via_prop() for _ in range(3)], [Diamond.make() for _ in range(2)])
Base.who = lambda self: "back"
print(run(objs, 2))
Left().nothing_here() if False else None
super(Left, Left()).missing()
