"""What migrating one repository produced: the outcome, the file changes and the diagnostics."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from migrate.diagnostics import Diagnostic


class Outcome(StrEnum):
    MIGRATED = "migrated"  # a migration is planned (and, unless dry-run, written)
    UNCHANGED = "unchanged"  # nothing to migrate
    BLOCKED = "blocked"  # a legacy setup was found but cannot be migrated safely
    FAILED = "failed"  # the tool itself failed (internal error, timeout)


@dataclass(frozen=True)
class FileChange:
    """One file's change. `old` None: created; `new` None: deleted. Paths are repository-relative POSIX."""

    path: str
    old: bytes | None
    new: bytes | None
    mode: int = 0o644

    @property
    def kind(self) -> str:
        if self.old is None:
            return "created"
        return "deleted" if self.new is None else "modified"


@dataclass(frozen=True)
class RepoResult:
    repo: str
    outcome: Outcome
    changes: tuple[FileChange, ...] = ()
    diagnostics: tuple[Diagnostic, ...] = ()
    summary: tuple[str, ...] = field(default=())  # human-readable lines: what the migration did
    # How to run the legacy flow from the repository root (e.g. ("bash", "build.sh")); None when no flow.
    entrypoint: tuple[str, ...] | None = None
    entry_cwd: str = "."  # repository-relative directory to run the entry point from

    @property
    def blockers(self) -> tuple[Diagnostic, ...]:
        return tuple(d for d in self.diagnostics if d.blocking)
