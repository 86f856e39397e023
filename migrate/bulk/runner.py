"""Run a bulk migration: select the repositories, skip the recorded ones, supervise the workers, stream results."""

from __future__ import annotations

import contextlib
import functools
import os
import signal
import stat
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

from migrate.bulk import ledger
from migrate.bulk.pool import Finished, Supervisor
from migrate.bulk.progress import Progress
from migrate.bulk.select import SelectionError, Shard, select
from migrate.bulk.summary import Summary, Tally, render
from migrate.bulk.task import Done, MigrateFn, Mode, TaskSpec, failed, run_task

# Imported once in the fork server, so every worker (and every replacement of a crashed one) starts warm.
PRELOAD = ("migrate.bulk.task", "migrate.pipeline", "migrate.report.json_report", "migrate.render.diff")


@dataclass(frozen=True)
class BulkOptions:
    """Everything `migrate bulk` was asked to do, as parsed from its command line."""

    roots: tuple[str, ...] = ()
    from_file: str | None = None
    mode: Mode = Mode.WRITE
    jobs: int = 0  # 0: one per CPU
    timeout: float | None = 300.0  # seconds per repository; None or 0: no limit
    results: str | None = None
    retry_failed: bool = False
    shard: Shard | None = None
    patch_dir: str | None = None
    fmt: str = "text"  # the summary: text (stderr), json or markdown (stdout)
    quiet: bool = False
    verbose: bool = False
    allow_dirty: bool = False  # write into files with uncommitted changes (else such a repository is blocked)
    probe: bool = False  # ask the builder images what the files cannot say (migrate/probe.py)
    pull: bool = False  # the probe may pull missing base images


def cpu_count() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


class _Interrupts:
    """Counts Ctrl-C presses instead of raising in the middle of a write; the run loop looks at the count."""

    def __init__(self) -> None:
        self.count = 0

    def __call__(self, signum: int, frame: Any) -> None:
        self.count += 1


@contextmanager
def _catch_sigint(interrupts: _Interrupts) -> Iterator[None]:
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGINT, interrupts)
    previous_term = signal.signal(signal.SIGTERM, interrupts)  # SIGTERM stops the run as Ctrl-C does
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
        signal.signal(signal.SIGTERM, previous_term)


def run_bulk(
    opts: BulkOptions,
    *,
    migrate_fn: MigrateFn | None = None,
    start_method: str | None = None,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
) -> Summary:
    """The whole run. `migrate_fn` replaces the pipeline (tests inject crashing or hanging ones); it must be
    picklable, i.e. a module-level function, because workers may be started by spawn or a fork server.
    Raises `SelectionError` for roots, lists or shards that cannot be used (before anything runs)."""
    out = stdout or sys.stdout
    err = stderr or sys.stderr
    notes: list[str] = []
    repos = select(opts.roots, opts.from_file, opts.shard, notes)
    with contextlib.suppress(OSError, ValueError):  # what a ROOT holds that is not a repository, and why
        for note in notes if not opts.quiet else ():
            err.write(f"migrate bulk: {note}\n")
    results = Path(opts.results) if opts.results else None
    _check_outputs(opts, repos)
    tally = Tally()
    todo: list[tuple[int, str]] = []
    recorded = ledger.load(results) if results is not None else {}
    reprint: dict[int, str] = {}  # --diff resumed: line number -> repository whose recorded diff is printed again
    redone: dict[str, int] = {}  # mode of a recorded line this run's mode does not take -> repositories redone
    for repo in repos:
        rec = recorded.get(repo)
        if rec is not None and not ledger.covers(rec.mode, opts.mode.value):
            redone[rec.mode] = redone.get(rec.mode, 0) + 1
            rec = None
        if rec is not None and not (opts.retry_failed and rec.outcome == "failed"):
            tally.add(rec.outcome, rec.blockers, recorded=True)
            if opts.mode is Mode.DIFF and rec.outcome == "migrated":
                reprint[rec.lineno] = repo
        else:
            todo.append((len(todo), repo))
    recorded.clear()
    with contextlib.suppress(OSError, ValueError):  # stderr is for people: a closed one stops nothing
        for mode, n in sorted(redone.items()) if not opts.quiet else ():
            err.write(
                f"migrate bulk: {n} repositor{'y' if n == 1 else 'ies'} recorded by a {mode} run in {opts.results} "
                f"{'is' if n == 1 else 'are'} done again in {opts.mode.value} mode\n"
            )
    if opts.patch_dir is not None:
        try:
            Path(opts.patch_dir).mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise SelectionError(f"--patch-dir {opts.patch_dir}: cannot be made: {exc.strerror or exc}") from None
    # never more processes than repositories to do
    jobs = max(1, min(opts.jobs if opts.jobs > 0 else cpu_count(), len(todo)))
    spec = TaskSpec(opts.mode, opts.patch_dir, opts.allow_dirty, opts.probe, opts.pull)
    func = functools.partial(run_task, spec=spec, migrate_fn=migrate_fn)
    progress = Progress(err, total=len(repos), tally=tally, enabled=not opts.quiet)
    interrupts = _Interrupts()
    start = time.monotonic()
    supervisor = Supervisor(func, jobs=jobs, timeout=opts.timeout, start_method=start_method, preload=PRELOAD)
    interrupted = False
    output_error: str | None = None
    if reprint and results is not None:  # the diffs an earlier --diff run printed, so this stdout has them all
        try:
            for repo, text in ledger.recorded_diffs(results, reprint):
                out.write(f"# {repo}\n{text}")
            out.flush()
        except (OSError, ValueError) as exc:  # said as any refused stdout is (exit 8); nothing more is started
            output_error = getattr(exc, "strerror", None) or str(exc)
            todo = []
    reprint.clear()
    with ledger.Ledger(results) as book, _catch_sigint(interrupts):
        events = supervisor.events(todo)
        try:
            for event in events:
                if interrupts.count and not interrupted:
                    interrupted = True
                    progress.message("migrate bulk: interrupted; finishing the repositories in progress")
                    supervisor.stop()
                if interrupts.count > 1:
                    supervisor.stop(force=True)
                    break
                if event is None:
                    progress.update()
                    continue
                repo = todo[event.index][1]
                if isinstance(event, Finished):
                    done: Done = event.value
                else:
                    done = failed(repo, event.reason, seconds=event.seconds, mode=opts.mode)
                book.write(done.line)
                if done.diff and output_error is None:
                    try:
                        out.write(f"# {repo}\n{done.diff}")
                        out.flush()
                    except (OSError, ValueError) as exc:  # stdout closed or full: finish the running, start none
                        output_error = getattr(exc, "strerror", None) or str(exc)
                        progress.message(f"migrate bulk: cannot write to standard output: {output_error}")
                        supervisor.stop()
                tally.add(done.outcome, done.blockers)
                if done.outcome == "failed":
                    progress.message(f"migrate bulk: {repo}: failed: {_reason(done)}")
                elif opts.verbose:
                    progress.message(f"{repo}: {done.outcome}")
                progress.update()
        finally:
            events.close()  # kills whatever still runs
            progress.close()
    interrupted = interrupted or bool(interrupts.count)
    seconds = time.monotonic() - start
    summary = Summary(len(repos), tally, opts.mode, seconds, jobs, interrupted, output_error)
    if opts.fmt == "text":
        if not opts.quiet and not progress.broken:
            with contextlib.suppress(OSError, ValueError):  # stderr is for people: a closed one stops nothing
                err.write(render(summary, "text"))
                failures = tally.counts["failed"]
                if failures and results is not None and not interrupted:
                    err.write(
                        f"{failures} repositor{'y' if failures == 1 else 'ies'} failed: re-run the same command with "
                        "--retry-failed to redo only those\n"
                    )
                err.flush()
    elif output_error is None:
        try:
            out.write(render(summary, opts.fmt))
            out.flush()
        except (OSError, ValueError) as exc:
            error = getattr(exc, "strerror", None) or str(exc)
            summary = Summary(len(repos), tally, opts.mode, seconds, jobs, interrupted, error)
    return summary


def _check_outputs(opts: BulkOptions, repos: list[str]) -> None:
    """Usage errors (exit 2) for output paths that cannot be used: a results file that is no regular file
    (a directory, /dev/full), a patch directory that is a file, and, when writing, either inside a
    repository of the run (its migration would rewrite the files around them)."""
    if opts.results:
        path = Path(opts.results)
        try:
            st = path.stat() if path.exists() else None
        except OSError as exc:
            raise SelectionError(f"--results {opts.results}: cannot be used: {exc.strerror or exc}") from None
        if st is not None and not stat.S_ISREG(st.st_mode):
            raise SelectionError(f"--results {opts.results}: not a regular file")
    if opts.patch_dir and Path(opts.patch_dir).exists() and not Path(opts.patch_dir).is_dir():
        raise SelectionError(f"--patch-dir {opts.patch_dir}: not a directory")
    if opts.mode is not Mode.WRITE:
        return
    for option, given in (("--results", opts.results), ("--patch-dir", opts.patch_dir)):
        if not given:
            continue
        where = Path(given).resolve()
        for repo in repos:
            top = Path(repo).resolve()
            if where == top or top in where.parents:
                raise SelectionError(f"{option} {given}: inside the repository {repo}, which this run rewrites")


def _reason(done: Done) -> str:
    import json

    try:
        return str(json.loads(done.line).get("reason", "?"))
    except ValueError:
        return "?"
