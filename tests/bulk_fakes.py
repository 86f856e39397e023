"""Stand-ins for the pipeline that bulk tests inject through `run_bulk(migrate_fn=...)`, and an organisation
builder. Module-level functions, so workers started by a fork server or spawn can import them."""

from __future__ import annotations

import os
import shutil
import signal
import sys
import time
from pathlib import Path

from migrate.outcome import RepoResult
from migrate.pipeline import migrate_repo

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


def make_org(root: Path, cases: dict[str, str]) -> Path:
    """`root/<name>` is a copy of `corpus/<case>/input` for each name -> case; returns root."""
    root.mkdir(parents=True, exist_ok=True)
    for name, case in cases.items():
        shutil.copytree(CORPUS / case / "input", root / name)
    return root


def misbehaving(root: Path) -> RepoResult:
    """The pipeline, unless the repository holds a marker file that tells this stand-in how to fail."""
    if (root / "CRASH").exists():
        os._exit(3)
    if (root / "SEGV").exists():
        os.kill(os.getpid(), signal.SIGSEGV)
    if (root / "HANG").exists():
        time.sleep(3600)
    if (root / "RAISE").exists():
        raise RuntimeError("the pipeline tripped over this repository")
    return migrate_repo(root)


def waits_for_results(root: Path) -> RepoResult:
    """For a repository with a WAIT file naming the results file: wait until that file has a complete line
    (the repository before this one, flushed while the run goes on), else fail."""
    marker = root / "WAIT"
    if marker.exists():
        results = Path(marker.read_text().strip())
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            if results.exists() and results.read_text().endswith("\n"):
                return migrate_repo(root)
            time.sleep(0.02)
        raise AssertionError("the first repository's line was not flushed")
    return migrate_repo(root)


def slow(root: Path) -> RepoResult:
    time.sleep(0.3)
    return migrate_repo(root)


def must_not_run(root: Path) -> RepoResult:
    raise AssertionError(f"{root} should have been skipped")


def hangs_in_write(root: Path) -> RepoResult:
    """The pipeline; then the write that follows hangs at its first fsync until a signal comes (a --timeout's
    SIGTERM), as a write on a stalled disk would. signal.pause(), not a sleep: the signal alone ends it."""
    result = migrate_repo(root)
    real = os.fsync

    def fsync(fd: int) -> None:
        os.fsync = real
        signal.pause()
        real(fd)

    os.fsync = fsync
    return result


def terminated_after_write(root: Path) -> RepoResult:
    """The pipeline; then, once the repository is written and its results line is being made, SIGTERM
    arrives (a --timeout landing just after the write)."""
    import migrate.report.json_report as json_report

    real = json_report.result_dict

    def result_dict(result: RepoResult) -> dict[str, object]:
        os.kill(os.getpid(), signal.SIGTERM)
        return real(result)

    json_report.result_dict = result_dict  # type: ignore[assignment]
    return migrate_repo(root)


if __name__ == "__main__":  # used by the Ctrl-C test: a bulk run over slow repositories
    from migrate.bulk.runner import BulkOptions, run_bulk
    from migrate.bulk.task import Mode

    org, results = sys.argv[1], sys.argv[2]
    opts = BulkOptions(roots=(org,), mode=Mode.CHECK, jobs=2, results=results)
    sys.exit(int(run_bulk(opts, migrate_fn=slow).exit_code))
