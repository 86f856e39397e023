"""One repository in a bulk worker: migrate it, write or patch it there, and return its small results line."""

from __future__ import annotations

import hashlib
import json
import multiprocessing
import os
import signal
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from migrate.bulk.select import normalise
from migrate.write import WriteInterrupted

if TYPE_CHECKING:
    from migrate.outcome import RepoResult

MigrateFn = Callable[[Path], "RepoResult"]
SCHEMA_VERSION = 1  # of the results line; the embedded report keeps json_report's own schema_version


class Mode(StrEnum):
    WRITE = "write"  # write the migration into the repository
    DIFF = "diff"  # write nothing; the diff goes to stdout
    CHECK = "check"  # write nothing


@dataclass(frozen=True)
class TaskSpec:
    """What every repository of the run gets done to it (picklable: it travels to the workers)."""

    mode: Mode = Mode.CHECK
    patch_dir: str | None = None
    allow_dirty: bool = False
    probe: bool = False  # --probe: ask the builder images what the files cannot say (migrate/probe.py)
    pull: bool = False  # --pull: the probe may pull missing base images


class Done(NamedTuple):
    """What a worker sends back for one repository: never the files, only the line and what the summary needs."""

    repo: str
    line: str  # the JSON results line, without its newline
    outcome: str
    blockers: tuple[tuple[str, str], ...]  # (code, title) of each blocking diagnostic, each code once
    diff: str | None = None  # --diff only: the repository's unified diff


def patch_name(repo: str) -> str:
    """The patch file for a repository: its normalised path with `/` as `__` (`org/svc-a` -> `org__svc-a.patch`).
    A path that name could not be read back from (one with `__` or `..` in it) gets a short hash of the path as
    well, so two repositories never share a patch file (`a/b__c` and `a__b/c`)."""
    path = normalise(repo)
    key = path.lstrip("/") or "root"
    name = key.replace("/", "__")
    if "__" in key or name.startswith(".") or key == "root":
        digest = hashlib.sha1(path.encode("utf-8", "surrogateescape")).hexdigest()[:8]
        name = f"{name}-{digest}"
    return name + ".patch"


def _write_atomic(path: Path, text: str) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", errors="surrogateescape", newline="") as fh:
            fh.write(text)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def failed(
    repo: str,
    reason: str,
    detail: str | None = None,
    seconds: float | None = None,
    *,
    written: bool = False,
    mode: Mode | None = None,
) -> Done:
    """The line of a repository the tool failed on: an error, a crash of its worker, or a timeout. `written`:
    the migration had been written in full before (the repository is migrated, whatever the failure). It has
    every field of the other lines (schema/results-line.schema.json), empty."""
    from migrate.report.json_report import SCHEMA_VERSION as REPORT_SCHEMA_VERSION

    record: dict[str, Any] = {
        "schema_version": REPORT_SCHEMA_VERSION,
        "results_schema_version": SCHEMA_VERSION,
        "repo": repo,
        "outcome": "failed",
        "reason": reason,
        "changes": [],
        "diagnostics": [],
        "summary": [],
        "flows": [],
        "advisories": [],
        "written": written,
    }
    if mode is not None:
        record["mode"] = mode.value
    if detail:
        record["traceback"] = detail
    if seconds is not None:
        record["seconds"] = round(seconds, 4)
    return Done(repo, json.dumps(record), "failed", ())


def _default_migrate(root: Path) -> RepoResult:
    from migrate.pipeline import migrate_repo

    return migrate_repo(root)


def _probed_migrate(pull: bool) -> MigrateFn:
    def run(root: Path) -> RepoResult:
        from migrate.probe import migrate_probed

        return migrate_probed(root, pull=pull)

    return run


def run_task(repo: str, spec: TaskSpec, migrate_fn: MigrateFn | None = None) -> Done:
    """Migrate one repository. Never raises: whatever goes wrong becomes a `failed` line."""
    start = time.perf_counter()
    written = False
    try:
        path = Path(repo)
        if not path.is_dir():  # a listed repository that is not there: its own outcome, not the tool's failure
            from migrate.diagnostics import Diagnostic
            from migrate.outcome import Outcome, RepoResult

            why = "is not a directory" if os.path.lexists(path) else "does not exist"
            missing = Diagnostic("MIG117", f"the repository `{repo}` {why}")
            return _done(repo, RepoResult(repo, Outcome.BLOCKED, diagnostics=(missing,)), spec, start, written=False)
        default = _probed_migrate(spec.pull) if spec.probe else _default_migrate
        migrate = migrate_fn or default
        if spec.mode is Mode.WRITE:  # planned and written under the repository's lock (one writer at a time)
            from migrate.guard import plan_and_write
            from migrate.outcome import Outcome

            result = plan_and_write(path, lambda: migrate(path), allow_dirty=spec.allow_dirty)
            written = result.outcome is Outcome.MIGRATED and bool(result.changes)
            if written and multiprocessing.parent_process() is not None:
                # in a worker: a --timeout's SIGTERM must not make a written repository a lost one; the
                # worker unblocks it once this result is sent (bulk/pool.py)
                signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGTERM})
        else:
            result = migrate(path)
        return _done(repo, result, spec, start, written)
    except WriteInterrupted as exc:  # SIGTERM (a --timeout, a forced stop) came during the write
        state = "after the migration was written in full" if exc.written else "before anything was written"
        return failed(
            repo, f"stopped {state}", seconds=time.perf_counter() - start, written=exc.written, mode=spec.mode
        )
    except Exception as exc:  # recorded as this repository's outcome; the run goes on
        from migrate.config import ConfigError

        seconds = time.perf_counter() - start
        if isinstance(exc, ConfigError):  # the repository's own configuration is refused: blocked, not a bug
            from migrate.diagnostics import Diagnostic
            from migrate.outcome import Outcome, RepoResult

            refused = RepoResult(repo, Outcome.BLOCKED, diagnostics=(Diagnostic("MIG116", str(exc)),))
            return _done(repo, refused, spec, start, written=False)
        reason = f"internal error: {type(exc).__name__}: {exc}"
        return failed(repo, reason, traceback.format_exc(), seconds=seconds, written=written, mode=spec.mode)


def _done(repo: str, result: RepoResult, spec: TaskSpec, start: float, written: bool) -> Done:
    from migrate.outcome import Outcome
    from migrate.report.json_report import result_dict

    patch: str | None = None
    diff: str | None = None
    wants_diff = spec.patch_dir is not None or spec.mode is Mode.DIFF
    if result.outcome is Outcome.MIGRATED and result.changes and wants_diff:
        from migrate.render.diff import render_diff

        text = render_diff(result.changes)
        if spec.patch_dir is not None:
            target = Path(spec.patch_dir) / patch_name(repo)
            _write_atomic(target, text)
            patch = str(target)
        if spec.mode is Mode.DIFF:
            diff = text
    record = result_dict(result)
    record["results_schema_version"] = SCHEMA_VERSION
    record["repo"] = repo  # as given, so a re-run recognises it
    record["mode"] = spec.mode.value  # what this run did: a write run redoes what a check run only looked at
    record["written"] = written
    if diff is not None:
        record["diff"] = diff  # a resumed --diff run prints it again
    if patch is not None:
        record["patch"] = patch
    record["seconds"] = round(time.perf_counter() - start, 4)
    codes: dict[str, str] = {}
    for d in result.blockers:
        codes.setdefault(d.code, d.rule.title)
    line = json.dumps(record)
    return Done(repo, line, result.outcome.value, tuple(codes.items()), diff)
