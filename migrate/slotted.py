"""The base of the package's entity classes: plain classes whose fields are their `__slots__`.

A dataclass generates its methods as source text and compiles them when its module is imported; for the
statement nodes, the flow entities and the planner's working records, which compare by identity anyway,
that was most of what importing them cost. These classes write their `__init__` out, compare by identity
(two commands with the same text are still two commands), and mark with `Final` the fields nothing may
change after `__init__` (mypy holds them to it). Small immutable values are `NamedTuple`s instead."""

from __future__ import annotations


class Slotted:
    """An entity: equal only to itself, shown as its class name and fields."""

    __slots__: tuple[str, ...] = ()

    def __repr__(self) -> str:
        fields = ", ".join(f"{name}={getattr(self, name)!r}" for name in self.__slots__)
        return f"{type(self).__name__}({fields})"
