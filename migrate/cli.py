"""Command-line interface: parses options and calls the pipeline; nothing else lives here."""

from __future__ import annotations

import sys
import traceback
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from migrate.exitcodes import Exit

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Migrate Docker builder-pattern setups into one multi-stage Dockerfile.",
    context_settings={"help_option_names": ["-h", "--help"]},
)


class Format(str, Enum):
    text = "text"
    json = "json"


PathArg = Annotated[Path, typer.Argument(help="The repository (default: the current directory).")]
FormatOpt = Annotated[Format, typer.Option("--format", help="Report format on stdout.")]
QuietOpt = Annotated[bool, typer.Option("--quiet", "-q", help="Only errors on stderr.")]
VerboseOpt = Annotated[bool, typer.Option("--verbose", "-v", help="Notes and details on stderr.")]


def _internal_error(exc: BaseException) -> None:
    sys.stderr.write(
        "migrate: internal error (this is a bug; nothing was written).\n"
        "Please report it with the command line and the traceback below.\n"
    )
    traceback.print_exception(exc, file=sys.stderr)
    raise typer.Exit(Exit.INTERNAL)


@app.command()
def run(
    path: PathArg = Path("."),
    diff: Annotated[bool, typer.Option("--diff", help="Write nothing; print the unified diff.")] = False,
    check: Annotated[bool, typer.Option("--check", help="Write nothing; exit 1 if a migration is pending.")] = False,
    fmt: FormatOpt = Format.text,
    quiet: QuietOpt = False,
    verbose: VerboseOpt = False,
) -> None:
    """Migrate one repository in place."""
    from migrate.report.console import report_run

    if not path.is_dir():
        sys.stderr.write(f"migrate: {path}: not a directory\n")
        raise typer.Exit(Exit.USAGE)
    try:
        from migrate.pipeline import migrate_repo
        from migrate.write import apply_changes

        result = migrate_repo(path)
        write = not (diff or check)
        if write and result.changes:
            apply_changes(path, result.changes)
        code = report_run(result, fmt=fmt.value, diff=diff, check=check, quiet=quiet, verbose=verbose)
    except typer.Exit:
        raise
    except Exception as exc:  # the one place a bug becomes exit 123
        _internal_error(exc)
    raise typer.Exit(code)


def main() -> None:
    try:
        app(prog_name="migrate")
    except SystemExit as exc:
        # click reports usage errors with exit 2 already; keep every other code as the command set it
        raise SystemExit(exc.code) from None


if __name__ == "__main__":
    main()
