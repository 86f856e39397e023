"""Command-line interface: parses options and calls the pipeline; nothing else lives here."""

import contextlib
import os
import signal
import sys
import threading
from collections.abc import Callable, Iterator
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from migrate.exitcodes import Exit

if TYPE_CHECKING:
    from migrate.config import Config
    from migrate.outcome import RepoResult
    from migrate.write import WriteInterrupted

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Migrate Docker builder-pattern setups into one multi-stage Dockerfile.",
    context_settings={"help_option_names": ["-h", "--help"]},
)


class Format(StrEnum):
    text = "text"
    json = "json"
    markdown = "markdown"
    sarif = "sarif"


class ExplainFormat(StrEnum):
    text = "text"
    mermaid = "mermaid"
    json = "json"


PathArg = Annotated[Path, typer.Argument(help="The repository (default: the current directory).")]
FormatOpt = Annotated[Format, typer.Option("--format", help="Report format on stdout.")]
QuietOpt = Annotated[bool, typer.Option("--quiet", "-q", help="Only errors on stderr.")]
VerboseOpt = Annotated[bool, typer.Option("--verbose", "-v", help="Notes and details on stderr.")]
ProbeOpt = Annotated[
    bool,
    typer.Option(
        "--probe",
        help="Where the files cannot say (is a path a directory? the builder image's USER), build the builder "
        "stage with the engine and ask the image.",
    ),
]
PullOpt = Annotated[bool, typer.Option("--pull", help="With --probe: pull base images missing from the engine.")]
AllowDirtyOpt = Annotated[
    bool, typer.Option("--allow-dirty", help="Change files even when they have uncommitted changes in git.")
]
AllowStagedOpt = Annotated[
    bool,
    typer.Option(
        "--allow-staged",
        help="Change files whose changes are all staged (what a pre-commit hook is given); changes not staged "
        "still refuse the write (MIG106).",
    ),
]


def _version(value: bool) -> None:
    if value:
        from migrate import __version__

        sys.stdout.write(f"migrate {__version__}\n")
        raise typer.Exit(Exit.OK)


def _quiet_or_verbose(quiet: bool, verbose: bool) -> None:
    """-q and -v ask for opposite things: a usage error, not one of them silently."""
    if quiet and verbose:
        sys.stderr.write("migrate: -q/--quiet and -v/--verbose cannot be used together\n")
        raise typer.Exit(Exit.USAGE)


@app.callback()
def _streams(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit."),
    ] = False,
) -> None:
    # Files that are not UTF-8 travel as surrogate escapes (migrate/source.py): stdout gives back their exact
    # bytes, so a diff still applies; stderr shows them escaped. Neither may raise on them.
    for stream, options in (
        (sys.stdout, {"encoding": "utf-8", "errors": "surrogateescape"}),
        (sys.stderr, {"errors": "backslashreplace"}),
    ):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(**options)


def _internal_error(exc: BaseException, *, written: bool = False, state: str | None = None) -> None:
    import platform

    from migrate import __version__

    if state is None:
        state = (
            "the migration was written before the error; review it with `git diff`"
            if written
            else "nothing was written"
        )
    sys.stderr.write(
        f"migrate: internal error (this is a bug; {state}).\n"
        "Please report it at the project's issue tracker with: the command line, the traceback below, and if "
        "you can, the files the command names (or a copy of the repository that shows the problem).\n"
        f"migrate {__version__}, Python {platform.python_version()}, {platform.platform()}\n"
    )
    import traceback  # only on the error path: keeps start-up lean

    traceback.print_exception(exc, file=sys.stderr)
    raise typer.Exit(Exit.INTERNAL)


def _verify_sizes(report: Path | None) -> "dict[str, object] | None":
    """The `sizes` of a `migrate verify --format json` result; a file that holds none is a usage error."""
    if report is None:
        return None
    import json

    try:
        sizes = json.loads(report.read_text(encoding="utf-8")).get("sizes")
    except (OSError, ValueError, AttributeError) as exc:
        sys.stderr.write(f"migrate: --verify-report {report}: not a `migrate verify --format json` result: {exc}\n")
        raise typer.Exit(Exit.USAGE) from None
    if not isinstance(sizes, dict):
        sys.stderr.write(f"migrate: --verify-report {report}: holds no sizes (was it verified equivalent?)\n")
        raise typer.Exit(Exit.USAGE)
    return sizes


def _say(line: str) -> None:
    sys.stderr.write(f"migrate: {line}\n")
    sys.stderr.flush()


def _config(path: Path) -> "Config":
    """The repository's configuration; a file the tool refuses is a usage error (exit 2)."""
    from migrate.config import ConfigError, load_config

    try:
        return load_config(path)
    except ConfigError as exc:
        sys.stderr.write(f"migrate: configuration error: {exc}\n")
        raise typer.Exit(Exit.USAGE) from None
    except OSError as exc:  # the directory cannot be searched, or the path is too long
        sys.stderr.write(f"migrate: {path}: cannot be read: {exc.strerror or exc}\n")
        raise typer.Exit(Exit.USAGE) from None


def _repository_dir(path: Path) -> None:
    """A usage error (exit 2) unless PATH is a directory the tool can list."""
    try:
        if not path.is_dir():
            why = "not a directory" if os.path.lexists(path) else "no such file or directory"
            sys.stderr.write(f"migrate: {path}: {why}\n")
            raise typer.Exit(Exit.USAGE)
        with os.scandir(path):
            pass
    except OSError as exc:  # unreadable, or a name longer than the system takes
        sys.stderr.write(f"migrate: {path}: cannot be read: {exc.strerror or exc}\n")
        raise typer.Exit(Exit.USAGE) from None


def _written_state(written: bool) -> str:
    return "the migration was written in full; review it with `git diff`" if written else "nothing was written"


@contextlib.contextmanager
def _sigterm_interrupts() -> Iterator[None]:
    """SIGTERM stops the run as Ctrl-C does (a write in progress is finished or rolled back first)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def interrupt(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, interrupt)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _interrupted(written: bool) -> None:
    with contextlib.suppress(OSError):
        sys.stderr.write(f"migrate: interrupted; {_written_state(written)}\n")
    raise typer.Exit(Exit.INTERRUPTED)


def _silence_stdout() -> None:
    """Point standard output at /dev/null, so the flush at exit does not fail again on the same pipe or disk."""
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)


def _report(emit: "Callable[[], Exit]", written: bool) -> Exit:
    """Print the report; standard output (or error) that cannot take it is said as such (exit 8), with what
    was written, never as an internal error."""
    try:
        code = emit()
        sys.stdout.flush()
        return code
    except OSError as exc:
        _silence_stdout()
        with contextlib.suppress(OSError):
            sys.stderr.write(f"migrate: cannot write the report: {exc.strerror or exc}; {_written_state(written)}\n")
        raise typer.Exit(Exit.OUTPUT) from None


def _write_interrupted() -> "type[WriteInterrupted]":
    """The writer's interruption, imported when an exception is being handled (a `--diff` run never writes)."""
    from migrate.write import WriteInterrupted

    return WriteInterrupted


@app.command()
def run(
    path: PathArg = Path("."),
    diff: Annotated[bool, typer.Option("--diff", help="Write nothing; print the unified diff.")] = False,
    check: Annotated[bool, typer.Option("--check", help="Write nothing; exit 1 if a migration is pending.")] = False,
    fmt: FormatOpt = Format.text,
    quiet: QuietOpt = False,
    verbose: VerboseOpt = False,
    allow_dirty: AllowDirtyOpt = False,
    allow_staged: AllowStagedOpt = False,
    probe: ProbeOpt = False,
    pull: PullOpt = False,
    verify_report: Annotated[
        Path | None,
        typer.Option(
            "--verify-report",
            help="With --format markdown: a `migrate verify --format json` result, whose sizes and times the "
            "report shows.",
        ),
    ] = None,
) -> None:
    """Migrate one repository in place."""
    from migrate.report.console import report_run

    _quiet_or_verbose(quiet, verbose)
    _repository_dir(path)
    config = _config(path)
    build = _verify_sizes(verify_report)
    written = False
    try:
        from migrate.outcome import Outcome
        from migrate.pipeline import migrate_repo

        def plan() -> "RepoResult":
            if probe:
                from migrate.probe import migrate_probed

                return migrate_probed(path, config, pull=pull, say=None if quiet else _say)
            return migrate_repo(path, config)

        with _sigterm_interrupts():
            if not (diff or check):  # refusals (uncommitted changes, a file changed meanwhile, a second run): 3
                from migrate.guard import plan_and_write  # only when writing: keeps --diff and --check lean

                result = plan_and_write(path, plan, allow_dirty=allow_dirty, allow_staged=allow_staged)
                written = result.outcome is Outcome.MIGRATED and bool(result.changes)
            else:
                result = plan()
        code = _report(
            lambda: report_run(
                result, fmt=fmt.value, diff=diff, check=check, quiet=quiet, verbose=verbose, build=build
            ),
            written,
        )
    except typer.Exit:
        raise
    except _write_interrupted() as exc:  # SIGINT or SIGTERM during the write: finished or rolled back, never half
        _interrupted(exc.written)
    except KeyboardInterrupt:  # before or after the write
        _interrupted(written)
    except Exception as exc:  # the one place a bug becomes exit 123
        _internal_error(exc, written=written)
    raise typer.Exit(code)


@app.command()
def explain(
    path: PathArg = Path("."),
    fmt: Annotated[ExplainFormat, typer.Option("--format", help="text (words), mermaid (graph) or json.")] = (
        ExplainFormat.text
    ),
) -> None:
    """Show the traced flow: builds, extracted artifacts and their new COPY --from, removed statements, blockers."""
    from migrate.report.console import report_explain

    if not path.is_dir():
        sys.stderr.write(f"migrate: {path}: not a directory\n")
        raise typer.Exit(Exit.USAGE)
    config = _config(path)
    try:
        from migrate.pipeline import migrate_repo

        code = report_explain(migrate_repo(path, config), fmt=fmt.value)
    except Exception as exc:  # a bug becomes exit 123
        _internal_error(exc)
    raise typer.Exit(code)


@app.command()
def verify(
    path: PathArg = Path("."),
    engine: Annotated[
        str | None,
        typer.Option(
            "--engine",
            help="docker or podman (default: $MIGRATE_ENGINE, else docker if its daemon answers, else podman).",
        ),
    ] = None,
    store: Annotated[
        Path | None,
        typer.Option(
            "--store",
            help="podman: build on an isolated image store in DIR (default: $MIGRATE_ENGINE_STORE, else podman's own "
            "store and configuration, where your images are).",
        ),
    ] = None,
    timeout: Annotated[float, typer.Option("--timeout", help="Seconds allowed per build flow.")] = 1800.0,
    quiet: QuietOpt = False,
    probe: ProbeOpt = False,
    pull: PullOpt = False,
    fmt: Annotated[str, typer.Option("--format", help="The result on stdout: text, json or markdown.")] = "text",
    no_times: Annotated[
        bool,
        typer.Option("--no-times", help="Build each flow once, with the cache: sizes, but no cold and cached times."),
    ] = False,
) -> None:
    """Build the legacy setup and the migrated one on scratch copies and compare the two images."""
    from migrate.verify.engine import BaseImageMissing, EngineError, EngineUnavailable, detect_engine
    from migrate.verify.run import FlowFailed, verify_repo

    if not path.is_dir():
        sys.stderr.write(f"migrate: {path}: not a directory\n")
        raise typer.Exit(Exit.USAGE)
    if engine not in (None, "docker", "podman"):
        sys.stderr.write(f"migrate: --engine must be docker or podman, not {engine!r}\n")
        raise typer.Exit(Exit.USAGE)
    if fmt not in ("text", "json", "markdown"):
        sys.stderr.write(f"migrate: --format must be text, json or markdown, not {fmt!r}\n")
        raise typer.Exit(Exit.USAGE)
    if not quiet:  # the one command that executes anything from the repository: say so first
        sys.stderr.write(f"migrate verify: this executes {path}'s own build script, on scratch copies of it\n")
    try:
        found = detect_engine(engine, store)
        if not quiet:  # what verify adds to the engine as configured, said before it starts
            for change in found.changes:
                sys.stderr.write(f"migrate verify: {change}\n")
        migrator = None
        if probe:
            from migrate.probe import migrate_probed

            def migrator(root: Path) -> "RepoResult":
                return migrate_probed(root, engine=found, pull=pull, say=None if quiet else _say)

        result = verify_repo(
            path,
            engine=found,
            timeout=timeout,
            progress=(lambda _line: None) if quiet else None,
            migrator=migrator,
            measure=not no_times,
        )
    except EngineUnavailable as exc:
        sys.stderr.write(f"migrate verify: no usable container engine: {exc}\n")
        raise typer.Exit(Exit.NO_ENGINE) from None
    except BaseImageMissing as exc:
        sys.stderr.write(f"migrate verify: {exc}\n")
        raise typer.Exit(Exit.NO_BASE_IMAGE) from None
    except (FlowFailed, EngineError) as exc:
        sys.stderr.write(f"migrate verify: {exc}\n")
        raise typer.Exit(Exit.BUILD_FAILED) from None
    except OSError as exc:  # the repository cannot be copied to scratch (a FIFO, an unreadable file): no flow ran
        sys.stderr.write(f"migrate verify: cannot copy {path} to build it: {exc}\n")
        raise typer.Exit(Exit.BUILD_FAILED) from None
    except Exception as exc:  # a bug becomes exit 123
        _internal_error(exc)
    if result.migration is not None and not quiet:  # what --probe learnt, or why it could not ask
        for d in result.migration.diagnostics:
            if d.code in ("MIG005", "MIG006"):
                sys.stderr.write(d.format() + "\n")
    if result.status == "blocked" and result.migration is not None:
        for d in result.migration.blockers:
            sys.stderr.write(d.format() + "\n")
        sys.stderr.write(f"{path}: blocked; nothing to verify\n")
        raise typer.Exit(Exit.BLOCKED)
    if result.status == "failed":
        sys.stderr.write(f"{path}: the migration failed; nothing to verify\n")
        raise typer.Exit(Exit.INTERNAL)
    if result.status not in ("equivalent", "different"):
        sys.stderr.write(f"{path}: nothing to migrate; nothing to verify\n")
        raise typer.Exit(Exit.OK)
    from migrate.report.verify_report import render_verify

    sys.stdout.write(render_verify(result, fmt))
    raise typer.Exit(Exit.OK if result.equivalent else Exit.DIFFERENT)


@app.command()
def bulk(
    roots: Annotated[
        list[str] | None,
        typer.Argument(help="Directories of repositories (each subdirectory is one), or repositories themselves."),
    ] = None,
    from_file: Annotated[
        str | None, typer.Option("--from-file", help="Read repository paths, one a line ('-': stdin).")
    ] = None,
    diff: Annotated[bool, typer.Option("--diff", help="Write nothing; print each repository's diff.")] = False,
    check: Annotated[bool, typer.Option("--check", help="Write nothing; exit 1 if a migration is pending.")] = False,
    jobs: Annotated[int, typer.Option("--jobs", "-j", help="Parallel processes (default: the CPU count).")] = 0,
    timeout: Annotated[float, typer.Option("--timeout", help="Seconds per repository (0: no limit).")] = 300.0,
    results: Annotated[
        str | None, typer.Option("--results", help="JSON Lines file: one line per repository; a re-run resumes.")
    ] = None,
    retry_failed: Annotated[
        bool, typer.Option("--retry-failed", help="Redo the repositories --results records as failed.")
    ] = False,
    shard: Annotated[str | None, typer.Option("--shard", help="K/N: take the K-th of N deterministic shares.")] = None,
    patch_dir: Annotated[
        str | None, typer.Option("--patch-dir", help="Write one `git apply`-able patch per migrated repository.")
    ] = None,
    fmt: Annotated[str, typer.Option("--format", help="Summary: text (stderr), json or markdown (stdout).")] = "text",
    quiet: QuietOpt = False,
    verbose: VerboseOpt = False,
    allow_dirty: AllowDirtyOpt = False,
    probe: ProbeOpt = False,
    pull: PullOpt = False,
    list_only: Annotated[
        bool,
        typer.Option(
            "--list",
            help="Run nothing: print the repositories this selection (ROOTs, --from-file, --shard) takes, one a line.",
        ),
    ] = False,
    merge_results: Annotated[
        list[str] | None,
        typer.Option(
            "--merge-results",
            help="Run nothing: read these results files (one per shard; repeat the option) as one run and print "
            "its summary; with --results, write the merged lines there.",
        ),
    ] = None,
) -> None:
    """Migrate many repositories in parallel processes: resumable, shardable, with a summary."""
    from migrate.bulk.runner import BulkOptions, run_bulk
    from migrate.bulk.select import SelectionError, Shard
    from migrate.bulk.task import Mode

    def usage(message: str) -> typer.Exit:
        sys.stderr.write(f"migrate bulk: {message}\n")
        return typer.Exit(Exit.USAGE)

    _quiet_or_verbose(quiet, verbose)
    if merge_results:
        _merge(merge_results, roots or from_file, fmt, results, quiet)
    if not roots and from_file is None:
        raise usage("give at least one ROOT or --from-file")
    if fmt not in ("text", "json", "markdown"):
        raise usage(f"--format must be text, json or markdown, not {fmt!r}")
    if diff and fmt != "text":
        raise usage("--diff prints diffs on stdout; use --patch-dir with --format json|markdown")
    if retry_failed and results is None:
        raise usage("--retry-failed needs --results")
    if jobs < 0 or timeout < 0:
        raise usage("--jobs and --timeout cannot be negative")
    mode_check = diff or check
    if list_only:  # e.g. which repositories a shard of a CI matrix should clone
        from migrate.bulk.select import select

        try:
            picked = select(tuple(roots or ()), from_file, Shard.parse(shard) if shard is not None else None)
        except SelectionError as exc:
            raise usage(str(exc)) from None
        sys.stdout.write("".join(f"{repo}\n" for repo in picked))
        raise typer.Exit(Exit.OK)
    try:
        opts = BulkOptions(
            roots=tuple(roots or ()),
            from_file=from_file,
            mode=Mode.DIFF if diff else Mode.CHECK if check else Mode.WRITE,
            jobs=jobs,
            timeout=timeout or None,
            results=results,
            retry_failed=retry_failed,
            shard=Shard.parse(shard) if shard is not None else None,
            patch_dir=patch_dir,
            fmt=fmt,
            quiet=quiet,
            verbose=verbose,
            allow_dirty=allow_dirty,
            probe=probe,
            pull=pull,
        )
        summary = run_bulk(opts)
    except SelectionError as exc:
        raise usage(str(exc)) from None
    except Exception as exc:  # a bug in the runner itself (a repository's own failure is only recorded)
        state = "repositories finished before the error may have been written" + (
            f"; {results} records each one" if results else ""
        )
        _internal_error(exc, state=None if mode_check else state)
    if summary.output_error:
        _silence_stdout()
        with contextlib.suppress(OSError):
            sys.stderr.write(
                f"migrate bulk: cannot write to standard output: {summary.output_error}; "
                "the repositories in progress were finished, no other was started"
                + (f"; {results} records each one" if results else "")
                + "\n"
            )
    raise typer.Exit(summary.exit_code)


def _merge(files: list[str], selection: object, fmt: str, results: str | None, quiet: bool) -> None:
    """`bulk --merge-results`: one summary (and results file) from the shards' results files; exits."""
    from migrate.bulk.merge import merge_results
    from migrate.bulk.select import SelectionError
    from migrate.bulk.summary import render

    def usage(message: str) -> typer.Exit:
        sys.stderr.write(f"migrate bulk: {message}\n")
        return typer.Exit(Exit.USAGE)

    if selection:
        raise usage("--merge-results runs nothing: give no ROOT or --from-file")
    if fmt not in ("text", "json", "markdown"):
        raise usage(f"--format must be text, json or markdown, not {fmt!r}")
    if results is not None and Path(results).resolve() in {Path(f).resolve() for f in files}:
        raise usage(f"--results {results}: is one of the files merged")
    try:
        if results is None:
            summary = merge_results(files)
        else:
            with open(results, "w", encoding="utf-8", errors="surrogateescape", newline="\n") as fh:
                summary = merge_results(files, fh)
    except SelectionError as exc:
        raise usage(str(exc)) from None
    except OSError as exc:
        raise usage(f"--results {results}: cannot be written: {exc.strerror or exc}") from None
    text = render(summary, fmt)
    if fmt != "text":
        sys.stdout.write(text)
    elif not quiet:
        sys.stderr.write(text)
    raise typer.Exit(summary.exit_code)


def main() -> None:
    try:
        app(prog_name="migrate")
    except SystemExit as exc:
        # click reports usage errors with exit 2 already; keep every other code as the command set it
        code = exc.code
    else:
        code = None
    raise SystemExit(code) from None


if __name__ == "__main__":
    main()
