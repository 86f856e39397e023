"""Other files that name a Dockerfile the migration deletes: CI, compose and scripts break (blocking);
documentation only goes stale (a warning)."""

from __future__ import annotations

import posixpath
import re

from migrate.diagnostics import Diagnostic
from migrate.repo import ReadError, Repo

_DOCS = (".md", ".rst", ".txt", ".adoc", ".html")
_SKIP = (".dockerignore", ".gitignore", "CHANGELOG.md")


def check(repo: Repo, files: list[str], deleted: list[str], script: str) -> list[Diagnostic]:
    diags: list[Diagnostic] = []
    for path in deleted:
        name = posixpath.basename(path)
        if name in ("Dockerfile", "Containerfile"):
            continue  # the default name is everywhere; nothing specific to look for
        pattern = re.compile(r"(?<![\w.-])" + re.escape(name) + r"(?![\w.-])")
        for other in files:
            if other in (script, path) or other.endswith(_SKIP):
                continue
            try:
                text = repo.read(other).text
            except ReadError:
                continue
            m = pattern.search(text)
            if m is None:
                continue
            line = text.count("\n", 0, m.start()) + 1
            col = m.start() - (text.rfind("\n", 0, m.start()) + 1) + 1
            if other.endswith(_DOCS):
                diags.append(Diagnostic("MIG316", f"mentions `{name}`, which the migration deletes", other, line, col))
            else:
                diags.append(Diagnostic("MIG309", f"uses `{name}`, which the migration deletes", other, line, col))
    return diags
