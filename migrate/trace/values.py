"""Symbolic string values: literal pieces and named unknowns, so that equal expressions compare equal
even when their value cannot be known (a tag from `$1` is the same tag everywhere it is used)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple


class Sym(NamedTuple):
    """A value the tracer cannot know. `key` is its identity; `default` is the literal it takes when the
    script runs with nothing set (from `${VAR:-default}`), used only where a literal is required."""

    key: str
    default: str | None = None


Piece = str | Sym

# Bounds on what the tracer builds: `A=$A$A` repeated doubles a value each line. Past them a value is one
# unknown (`big:`), which a flow that needs it refuses with the line (MIG201), never MemoryError.
MAX_VALUE_CHARS = 1 << 16  # literal characters in one value
MAX_PIECES = 256  # literal pieces and unknowns in one value


@dataclass(frozen=True)
class Value:
    """A shell value as far as it is known: literal pieces and unknowns."""

    pieces: tuple[Piece, ...] = ()

    @staticmethod
    def of(*items: Piece | Value) -> Value:
        out: list[Piece] = []
        for item in items:
            for p in item.pieces if isinstance(item, Value) else (item,):
                if isinstance(p, str):
                    if not p:
                        continue
                    if out and isinstance(out[-1], str):
                        out[-1] = out[-1] + p
                        continue
                out.append(p)
        if len(out) > MAX_PIECES or sum(len(p) for p in out if isinstance(p, str)) > MAX_VALUE_CHARS:
            return _too_big(out)
        return Value(tuple(out))

    def __add__(self, other: Value) -> Value:
        return Value.of(self, other)

    @property
    def literal(self) -> str | None:
        """The value when it is fully known."""
        if all(isinstance(p, str) for p in self.pieces):
            return "".join(p for p in self.pieces if isinstance(p, str))
        return None

    @property
    def resolved(self) -> str | None:
        """The value with unknowns replaced by their defaults; None when one has no default."""
        out: list[str] = []
        for p in self.pieces:
            if isinstance(p, str):
                out.append(p)
            elif p.default is not None:
                out.append(p.default)
            else:
                return None
        return "".join(out)

    @property
    def unknowns(self) -> tuple[Sym, ...]:
        return tuple(p for p in self.pieces if isinstance(p, Sym))

    def startswith(self, prefix: str) -> bool:
        return bool(self.pieces) and isinstance(self.pieces[0], str) and self.pieces[0].startswith(prefix)

    def split_first(self, sep: str) -> tuple[Value, Value] | None:
        """Split at the first `sep` inside a literal piece."""
        for i, p in enumerate(self.pieces):
            if isinstance(p, str) and sep in p:
                left, _, right = p.partition(sep)
                return Value.of(*self.pieces[:i], left), Value.of(right, *self.pieces[i + 1 :])
        return None

    def show(self) -> str:
        """For messages: literal text with unknowns written as the script wrote them."""
        return "".join(p if isinstance(p, str) else _display(p) for p in self.pieces)


def _too_big(pieces: list[Piece]) -> Value:
    """One unknown standing for a value past the bounds; equal values still get equal keys."""
    import hashlib

    digest = hashlib.sha1()
    for p in pieces:
        digest.update(p.encode("utf-8", "surrogatepass") if isinstance(p, str) else repr(p).encode())
        digest.update(b"\0")
    return Value((Sym(f"big:{digest.hexdigest()[:16]}"),))


def _display(sym: Sym) -> str:
    kind, _, rest = sym.key.partition(":")
    if kind == "big":
        return f"<a value over {MAX_VALUE_CHARS} characters>"
    if kind == "env" and rest[:4] == "MAKE" and len(rest) == 5:  # make's automatic variable
        return "$" + rest[4]
    if kind in ("env", "arg", "special", "cond", "loop", "unread"):
        return "${" + rest.split("@", 1)[0] + "}"
    if kind == "cmd":
        return f"$({rest})"
    if kind == "expr":
        return rest
    return f"<{kind} id>"


EMPTY = Value()


def lit(text: str) -> Value:
    return Value.of(text)
