# Function annotations: evaluated when the def runs (in the enclosing scope, after
# the defaults), kept in __annotations__ in CPython's order; strings under
# `from __future__ import annotations` (see function_annotations_future.py).
import typing

order = []


def note(x):
    order.append(x)
    return x


def f(a: note("a") = note("default a"), /, b: list[int] = None, *args: note("args"),
      c: int | None = note("default c"), **kw: dict[str, int]) -> note("ret"):
    return a


print(order)
print(f.__annotations__)
print(f(1), f.__annotations__["b"], f.__annotations__["return"])


def plain(x, y):
    return x + y


print(plain.__annotations__, (lambda q: q).__annotations__)
plain.__annotations__["x"] = int
print(plain.__annotations__)


def make():
    local_type = float

    def inner(v: local_type) -> local_type:
        return v
    return inner


print(make().__annotations__)


class Box:
    def get(self, default: "Box | None" = None) -> typing.Optional[int]:
        return None

    async def fetch(self, n: int) -> str:
        return ""


print(Box.get.__annotations__, Box.fetch.__annotations__)


def decorated_returns(fn):
    print("sees", fn.__annotations__)
    return fn


@decorated_returns
def g(x: int) -> bool:
    return True


try:
    def broken(x: undefined_name):
        pass
except NameError as e:
    print("NameError", e)
