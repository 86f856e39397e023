"""Rebase a builder Dockerfile onto the runtime's build context: the merged build has one context, so a
builder built from a subdirectory of it gets that directory in front of every COPY/ADD source."""

from __future__ import annotations

import posixpath

from migrate.parse.dockerfile import Dockerfile
from migrate.render.edits import Edit


class RebaseRefused(Exception):
    """The builder Dockerfile reads its context in a way that cannot be rebased; the message says how."""


def context_prefix(builder_context: str, runtime_context: str) -> str | None:
    """The builder context relative to the runtime's; None when it lies outside it."""
    rel = posixpath.relpath(builder_context, runtime_context)
    return None if rel == ".." or rel.startswith("../") else rel


def rebase_edits(df: Dockerfile, prefix: str) -> list[Edit]:
    """Edits that put `prefix` in front of every context source of COPY/ADD."""
    edits: list[Edit] = []
    for ins in df.instructions:
        if ins.keyword == "RUN" and any(
            "type=bind" in t.text and "from=" not in t.text for t in ins.flags.values() if t.text.startswith("--mount")
        ):
            raise RebaseRefused(f"line {ins.line}: RUN --mount binds the build context")
        if ins.keyword not in ("COPY", "ADD") or "from" in ins.flags:
            continue
        if ins.heredoc or ins.is_json:
            raise RebaseRefused(f"line {ins.line}: {ins.keyword} in heredoc or JSON form")
        for tok in ins.args[:-1]:
            src = tok.text
            if "://" in src or src.startswith("git@"):
                continue  # remote sources do not come from the context
            if "$" in src:
                raise RebaseRefused(f"line {ins.line}: the source `{src}` uses a variable")
            clean = posixpath.normpath(src.lstrip("/")) if src.strip("/") else "."
            if clean == ".." or clean.startswith("../"):
                raise RebaseRefused(f"line {ins.line}: the source `{src}` leaves the context")
            new = posixpath.normpath(posixpath.join(prefix, clean))
            if src.endswith("/") and not new.endswith("/"):
                new += "/"
            edits.append(Edit(tok.start, tok.end, new))
    return edits
