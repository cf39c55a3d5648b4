# `from __future__ import annotations`: annotations are kept as their source text
# and never evaluated (forward references work).
from __future__ import annotations


def f(a: Undefined[int], *args: list[Node], k: Quoted = 1) -> Node | None:
    return None


class Node:
    def link(self, other: Node) -> list[Node]:
        return [other]


print(f.__annotations__)
print(Node.link.__annotations__)
x: SomeType = 5
print(__annotations__)
