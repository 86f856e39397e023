"""What migrating one repository produced: the outcome, the file changes and the diagnostics."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import NamedTuple

from migrate.diagnostics import Diagnostic


class Outcome(StrEnum):
    MIGRATED = "migrated"  # a migration is planned (and, unless dry-run, written)
    UNCHANGED = "unchanged"  # nothing to migrate
    BLOCKED = "blocked"  # a legacy setup was found but cannot be migrated safely
    FAILED = "failed"  # the tool itself failed (internal error, timeout)


class FileChange(NamedTuple):
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


class BuildInfo(NamedTuple):
    """One traced `docker build`, as the report and the JSON output describe it."""

    role: str  # builder | runtime | other
    location: str  # path:line of the docker build command
    dockerfile: str | None
    context: str | None
    tags: tuple[str, ...]
    build_args: tuple[str, ...]
    target: str | None
    stage: str | None = None  # builder: the stage it became in the merged Dockerfile


class ArtifactInfo(NamedTuple):
    """One extracted artifact and the stage it is copied from after the migration, as reported."""

    location: str  # path:line of the docker cp
    container_path: str
    host_path: str
    stage: str | None  # the builder stage it now comes from
    consumer: str | None  # path:line of the runtime COPY/ADD that used it
    copy_from: str | None  # the COPY --from line that replaces it


class FlowInfo(NamedTuple):
    """The traced flow of one orchestrator, for people (explain, markdown) and tools (json)."""

    script: str
    cwd: str
    builds: tuple[BuildInfo, ...] = ()
    artifacts: tuple[ArtifactInfo, ...] = ()
    removed: tuple[tuple[str, str], ...] = ()  # (path:line, statement text) removed from the orchestrator
    assumptions: tuple[str, ...] = ()  # what the trace took for known that the script does not say literally


@dataclass(frozen=True)
class RepoResult:
    """What the pipeline decided for one repository: its outcome, the file changes, and the diagnostics."""

    repo: str
    outcome: Outcome
    changes: tuple[FileChange, ...] = ()
    diagnostics: tuple[Diagnostic, ...] = ()
    summary: tuple[str, ...] = field(default=())  # human-readable lines: what the migration did
    # How to run the legacy flow from the repository root (e.g. ("bash", "build.sh")); None when no flow.
    entrypoint: tuple[str, ...] | None = None
    entry_cwd: str = "."  # repository-relative directory to run the entry point from
    flows: tuple[FlowInfo, ...] = ()
    # Findings beyond the migration (MIG4xx notes): reported apart, never applied, never change the exit code.
    advisories: tuple[Diagnostic, ...] = ()

    def __post_init__(self) -> None:
        # the one place every finding of a repository passes: each is said once
        object.__setattr__(self, "diagnostics", said_once(self.diagnostics))
        object.__setattr__(self, "advisories", said_once(self.advisories))

    @property
    def blockers(self) -> tuple[Diagnostic, ...]:
        return tuple(d for d in self.diagnostics if d.blocking)


def said_once(diags: tuple[Diagnostic, ...]) -> tuple[Diagnostic, ...]:
    """The findings with each kept once per (code, file, line), the first as found: flows that share a file
    (a runtime Dockerfile two orchestrators build, a README repeating the commands) find the same thing in it.
    A finding with no line is kept once per message."""
    seen: set[tuple[str, str | None, int | None, str | None]] = set()
    out: list[Diagnostic] = []
    for d in diags:
        key = (d.code, d.path, d.line, None if d.line is not None else d.message)
        if key not in seen:
            seen.add(key)
            out.append(d)
    return tuple(out)
