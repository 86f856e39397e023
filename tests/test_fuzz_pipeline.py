"""The fuzz target: the whole pipeline on corpus repositories mutated at random (lines dropped, duplicated,
swapped; builder-script and Dockerfile fragments, NUL and Latin-1 bytes, BOMs, CRLF, nesting, paths leaving the
repository put in). It must never raise: every repository ends migrated, unchanged or blocked; a migration
only changes the files it names, inside the repository, from the bytes it read; every report renders; and a
second run on the migrated repository does not raise either.

Budget (CI): MIGRATE_FUZZ_EXAMPLES (default 200) repositories, about 10 s here; raise it for a longer hunt
(`MIGRATE_FUZZ_EXAMPLES=20000 pytest tests/test_fuzz_pipeline.py`). Crashers found are pinned as @example
below and in tests/hostile/test_crashers.py."""

from __future__ import annotations

import os
import posixpath
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from migrate.diagnostics import CATALOGUE
from migrate.outcome import Outcome, RepoResult
from migrate.pipeline import migrate_repo
from migrate.render.diff import render_diff
from migrate.report.console import render_report
from migrate.report.explain import render_explain_text
from migrate.write import apply_changes

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = int(os.environ.get("MIGRATE_FUZZ_EXAMPLES", "200"))


def _load(case: Path) -> dict[str, bytes]:
    inp = case / "input"
    return {p.relative_to(inp).as_posix(): p.read_bytes() for p in sorted(inp.rglob("*")) if p.is_file()}


CASES = {p.parent.name: _load(p.parent) for p in sorted((ROOT / "corpus").glob("*/case.toml"))}

INSERTS = [
    b"\0",
    b"\xe9\xff",
    b"\xef\xbb\xbf",
    b"\r",
    b'"',
    b"'",
    b"\\\n",
    b"$(",
    b"`",
    b"( ",
    b" )",
    b"{ ",
    b"; }",
    b"<<EOF\n",
    b"\nEOF\n",
    b"if true; then\n",
    b"\nfi\n",
    b"../",
    b"/etc/passwd",
    b"docker cp extract:/app/out ../out\n",
    b"docker cp extract:/app/. ./\n",
    b"docker create --name extract builder\n",
    b"docker build -t builder -f Dockerfile.build .\n",
    b"docker build -t app .\n",
    b"cd sub && ",
    b"$UNSET",
    b"${X:-/tmp}",
    b"COPY ../x /x\n",
    b"COPY --from=builder /a /b\n",
    b"FROM scratch AS builder\n",
    b"RUN <<EOF\necho\nEOF\n",
    b"# escape=`\n",
    b"# migrate: ignore\n",
    b"case $1 in a) ;; esac\n",
    b"$((1+1))",
]


@st.composite
def mutated(draw: st.DrawFn) -> dict[str, bytes]:
    files = dict(CASES[draw(st.sampled_from(sorted(CASES)))])
    for _ in range(draw(st.integers(0, 4))):
        rel = draw(st.sampled_from(sorted(files)))
        data = files[rel]
        lines = data.splitlines(keepends=True) or [b""]
        op = draw(st.sampled_from(["insert", "delete", "dup", "drop", "swap", "crlf", "nest", "byte", "cut"]))
        at = draw(st.integers(0, len(data)))
        line = draw(st.integers(0, len(lines) - 1))
        if op == "insert":
            data = data[:at] + draw(st.sampled_from(INSERTS)) + data[at:]
        elif op == "delete":
            data = data[:at] + data[at + draw(st.integers(1, 40)) :]
        elif op == "dup":
            data = b"".join([*lines[: line + 1], lines[line], *lines[line + 1 :]])
        elif op == "drop":
            data = b"".join(lines[:line] + lines[line + 1 :])
        elif op == "swap":
            other = draw(st.integers(0, len(lines) - 1))
            lines[line], lines[other] = lines[other], lines[line]
            data = b"".join(lines)
        elif op == "crlf":
            data = data.replace(b"\n", b"\r\n")
        elif op == "nest":
            depth = draw(st.sampled_from([1, 3, 30, 300]))
            lines[line] = b"( " * depth + lines[line].rstrip(b"\n") + b" )" * depth + b"\n"
            data = b"".join(lines)
        elif op == "byte":
            data = data[:at] + bytes([draw(st.integers(0, 255))]) + data[at + 1 :]
        else:
            data = data[:at]
        files[rel] = data
    return files


def check_result(root: Path, result: RepoResult, files: dict[str, bytes]) -> None:
    assert isinstance(result.outcome, Outcome)
    for d in result.diagnostics + result.advisories:
        assert d.code in CATALOGUE
        assert d.path is None or not (d.path.startswith("/") or posixpath.normpath(d.path).startswith("..")), d
    for fmt in ("json", "sarif", "markdown"):
        render_report(result, fmt)
    render_explain_text(result)
    if result.outcome is not Outcome.MIGRATED:
        assert result.changes == ()
        return
    for change in result.changes:
        norm = posixpath.normpath(change.path)
        assert not norm.startswith(("/", "..")), change.path
        assert change.old == files.get(change.path), change.path  # planned from the bytes on disk
    render_diff(result.changes)


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated())
def test_mutated_repositories_never_crash_the_pipeline(files: dict[str, bytes]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "repo"
        for rel, data in files.items():
            (root / rel).parent.mkdir(parents=True, exist_ok=True)
            (root / rel).write_bytes(data)
        result = migrate_repo(root)
        check_result(root, result, files)
        if result.outcome is Outcome.MIGRATED:
            apply_changes(root, result.changes)
            changed = {c.path for c in result.changes}
            for rel, data in files.items():
                if rel not in changed:
                    assert (root / rel).read_bytes() == data, rel  # untouched files stay byte for byte
            again = migrate_repo(root)
            check_result(root, again, {rel: p.read_bytes() for rel in files if (p := root / rel).is_file()})
