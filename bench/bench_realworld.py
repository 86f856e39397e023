"""The development set: `migrate run --diff` on real repositories at a commit, judged against bench/realworld.toml."""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import shlex
import shutil
import subprocess
import sys
import tempfile
import tomllib
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().with_name("realworld.toml")
MIRRORS_ENV = "MIGRATE_DEVSET_MIRRORS"
OUTCOMES = ("migrated", "blocked", "unchanged")
# exit status of `migrate run --diff` for each outcome (README "Exit codes")
EXIT_OF = {"migrated": 1, "blocked": 3, "unchanged": 0}
PLACEHOLDER = "placeholder: blob {sha} of {path} is absent from the local copy of the repository\n"
GIT_ENV = {"GIT_CONFIG_NOSYSTEM": "1", "GIT_TERMINAL_PROMPT": "0", "LC_ALL": "C"}

JsonObj = dict[str, Any]

DESCRIPTION = """\
Judge `migrate run --diff` on the development set: public repositories, each at a commit, listed with what a
right answer is in bench/realworld.toml.

The runner needs a local copy of each repository's history: a directory per repository named `owner+name`
under the mirror directory (--mirrors, else the environment variable MIGRATE_DEVSET_MIRRORS), holding a git
directory (`repo/.git`, `repo` or the directory itself). Nothing is fetched. For each row the commit is
materialized file by file (`git ls-tree -r`, `git cat-file`) into a fresh repository with one commit, so the
tool's clean-tree guard is satisfied: file modes and symlinks are kept, files tracked upstream are kept even
where a .gitignore lists them, and a blob the copy lacks becomes a small placeholder. Then `migrate run --diff
--format json` runs on it and the report is judged: the outcome, the codes that must and must not appear, the
COPY --from lines a migration must produce, and per directory where a repository holds several flows.

One line is printed per row and `right/total` at the end. A row whose copy is absent is skipped (as in CI,
where no copies exist); the exit status is 0 unless the runner itself cannot work (bad options, a broken data
file), so the figure is for reading, not a gate.

examples:
  python bench/bench_realworld.py --mirrors DIR
  MIGRATE_DEVSET_MIRRORS=DIR python bench/bench_realworld.py --only 31 -v
  python bench/bench_realworld.py --mirrors DIR --keep KEEPDIR   # keep the materialized repositories
"""


class DataError(Exception):
    """bench/realworld.toml does not say what the runner needs."""


# ---------------------------------------------------------------------------------------------- the data file


@dataclasses.dataclass(frozen=True)
class Expect:
    """Facts one acceptable answer must show, for the whole repository or for one directory of it."""

    outcomes: tuple[str, ...] = ()  # empty: any outcome
    require: tuple[str, ...] = ()  # codes that must appear
    forbid: tuple[str, ...] = ()  # codes that must not appear
    errors_only: tuple[str, ...] | None = None  # every error's code is one of these
    errors_at: tuple[str, ...] | None = None  # every error is at one of these `file:line`
    require_at: tuple[str, ...] = ()  # an error at each of these `file:line`
    copy_from: tuple[str, ...] = ()  # each is a substring of some artifact's COPY --from line
    removes: tuple[str, ...] = ()  # `file:line` of statements the migration removes
    max_count: Mapping[str, int] = dataclasses.field(default_factory=dict)  # code -> most diagnostics allowed
    warnings: int | None = None  # exactly this many warnings
    dirs: tuple[DirExpect, ...] = ()


@dataclasses.dataclass(frozen=True)
class DirExpect:
    """What one part of a repository with several flows must show (acceptable answers, any one). The part is a
    directory or a file: the diagnostics located in it and the flows whose script is in it."""

    path: str
    accept: tuple[Expect, ...]


@dataclasses.dataclass(frozen=True)
class Row:
    """One repository of the development set and the judgment a right answer satisfies."""

    row: int
    repo: str  # owner/name
    commit: str  # full hash
    right: str  # the judgment in words
    always: Expect  # holds whichever answer is given
    accept: tuple[Expect, ...]  # the acceptable answers; one must hold

    @property
    def mirror_name(self) -> str:
        return self.repo.replace("/", "+")


def _strings(table: Mapping[str, Any], key: str, where: str) -> tuple[str, ...]:
    value = table.get(key, [])
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise DataError(f"{where}: `{key}` must be a string or a list of strings")
    return tuple(value)


def _count(table: Mapping[str, Any], key: str, where: str) -> int | None:
    value = table.get(key)
    if value is not None and (not isinstance(value, int) or isinstance(value, bool)):
        raise DataError(f"{where}: `{key}` must be an integer")
    return value


def _expect(table: Mapping[str, Any], where: str) -> Expect:
    known = {
        *("outcome", "require", "forbid", "errors_only", "errors_at", "require_at", "copy_from", "removes"),
        *("max_count", "warnings", "dir"),
    }
    unknown = set(table) - known
    if unknown:
        raise DataError(f"{where}: unknown keys {sorted(unknown)}")
    outcomes = _strings(table, "outcome", where)
    bad = [o for o in outcomes if o not in OUTCOMES]
    if bad:
        raise DataError(f"{where}: unknown outcome {bad}")
    max_count = table.get("max_count", {})
    if not isinstance(max_count, dict) or not all(isinstance(v, int) for v in max_count.values()):
        raise DataError(f"{where}: `max_count` must map codes to integers")
    dirs: list[DirExpect] = []
    for i, item in enumerate(table.get("dir", [])):
        here = f"{where}.dir[{i}]"
        if not isinstance(item.get("path"), str):
            raise DataError(f"{here}: `path` is required")
        rest = {k: v for k, v in item.items() if k not in ("path", "accept")}
        if item.get("accept") and rest:
            raise DataError(f"{here}: with `accept` tables, keys {sorted(rest)} belong inside them")
        alternatives = item.get("accept") or [rest]
        dirs.append(
            DirExpect(
                path=item["path"].strip("/"),
                accept=tuple(
                    _expect({k: v for k, v in alt.items() if k != "path"}, f"{here}.accept[{j}]")
                    for j, alt in enumerate(alternatives)
                ),
            )
        )
    return Expect(
        outcomes=outcomes,
        require=_strings(table, "require", where),
        forbid=_strings(table, "forbid", where),
        errors_only=_strings(table, "errors_only", where) if "errors_only" in table else None,
        errors_at=_strings(table, "errors_at", where) if "errors_at" in table else None,
        require_at=_strings(table, "require_at", where),
        copy_from=_strings(table, "copy_from", where),
        removes=_strings(table, "removes", where),
        max_count=dict(max_count),
        warnings=_count(table, "warnings", where),
        dirs=tuple(dirs),
    )


def load_rows(path: Path) -> list[Row]:
    """The rows of the data file, checked for the keys the runner reads."""
    with path.open("rb") as fh:
        data = tomllib.load(fh)
    rows: list[Row] = []
    for i, table in enumerate(data.get("row", [])):
        where = f"{path.name}: row[{i}]"
        for key in ("row", "repo", "commit", "right"):
            if key not in table:
                raise DataError(f"{where}: `{key}` is required")
        commit = str(table["commit"])
        if len(commit) != 40 or any(c not in "0123456789abcdef" for c in commit):
            raise DataError(f"{where}: `commit` must be a full 40-hex commit")
        always = {k: table[k] for k in ("forbid", "max_count") if k in table}
        rest = {k: v for k, v in table.items() if k not in {"row", "repo", "commit", "right", "accept", *always}}
        alternatives = table.get("accept") or [rest]
        if table.get("accept") and rest:
            raise DataError(f"{where}: with `accept` tables, keys {sorted(rest)} belong inside them")
        rows.append(
            Row(
                row=int(table["row"]),
                repo=str(table["repo"]),
                commit=commit,
                right=str(table["right"]),
                always=_expect(always, where),
                accept=tuple(_expect(alt, f"{where}.accept[{j}]") for j, alt in enumerate(alternatives)),
            )
        )
    if not rows:
        raise DataError(f"{path.name}: no [[row]] tables")
    numbers = Counter(r.row for r in rows)
    twice = sorted(n for n, c in numbers.items() if c > 1)
    if twice:
        raise DataError(f"{path.name}: rows numbered twice: {twice}")
    return rows


# ------------------------------------------------------------------------------------------ materializing


def find_git_dir(mirror: Path) -> Path | None:
    """The git directory of a local copy: `repo/.git` (a clone with a work tree), `repo` (bare) or the copy."""
    for candidate in (mirror / "repo" / ".git", mirror / "repo", mirror / ".git", mirror):
        if (candidate / "HEAD").is_file() and (candidate / "objects").is_dir():
            return candidate
    return None


def _git(args: Sequence[str], *, git_dir: Path | None = None, cwd: Path | None = None, stdin: bytes = b"") -> bytes:
    env = {**os.environ, **GIT_ENV}
    argv = ["git", *(["--git-dir", str(git_dir)] if git_dir else []), *args]
    done = subprocess.run(argv, cwd=cwd, env=env, input=stdin, capture_output=True, check=False)
    if done.returncode:
        raise RuntimeError(f"{shlex.join(argv)}: {done.stderr.decode(errors='replace').strip()}")
    return done.stdout


def _tree(git_dir: Path, commit: str) -> list[tuple[str, str, str, str]]:
    """(mode, type, sha, path) of every entry of the commit's tree, submodules included."""
    out = _git(["ls-tree", "-r", "-z", "--full-tree", commit], git_dir=git_dir)
    entries = []
    for record in out.decode("utf-8", "surrogateescape").split("\0"):
        if record:
            meta, path = record.split("\t", 1)
            mode, kind, sha = meta.split()
            entries.append((mode, kind, sha, path))
    return entries


def _blobs(git_dir: Path, shas: Iterable[str]) -> dict[str, bytes | None]:
    """The content of each blob, None for one the copy lacks (one `git cat-file --batch` for all)."""
    wanted = list(dict.fromkeys(shas))
    if not wanted:
        return {}
    out = _git(["cat-file", "--batch"], git_dir=git_dir, stdin="".join(f"{s}\n" for s in wanted).encode())
    found: dict[str, bytes | None] = {}
    pos = 0
    for sha in wanted:
        end = out.index(b"\n", pos)
        header = out[pos:end].split()
        pos = end + 1
        if len(header) == 2 and header[1] == b"missing":
            found[sha] = None
            continue
        size = int(header[2])
        found[sha] = out[pos : pos + size]
        pos += size + 1  # the content is followed by a newline
    return found


def materialize(git_dir: Path, commit: str, dest: Path) -> list[str]:
    """Write the commit's files into `dest` (which must not exist) and commit them as one fresh repository.
    Returns the paths written as placeholders because the copy lacks their blob."""
    entries = _tree(git_dir, commit)
    contents = _blobs(git_dir, (sha for _, kind, sha, _ in entries if kind == "blob"))
    dest.mkdir(parents=True)
    placeholders: list[str] = []
    for mode, kind, sha, rel in entries:
        target = dest / rel
        if ".git" in Path(rel).parts:
            raise RuntimeError(f"{rel}: a tracked path inside a .git directory")
        target.parent.mkdir(parents=True, exist_ok=True)
        if kind == "commit":  # a submodule: its content is another repository; left an empty directory
            target.mkdir(exist_ok=True)
            continue
        data = contents.get(sha)
        if data is None:
            placeholders.append(rel)
            data = PLACEHOLDER.format(sha=sha, path=rel).encode()
            if mode == "120000":
                mode = "100644"  # a placeholder link target would point nowhere; keep the bytes readable
        if mode == "120000":
            os.symlink(os.fsdecode(data), target)
            continue
        target.write_bytes(data)
        target.chmod(0o755 if mode == "100755" else 0o644)
    _git(["init", "-q"], cwd=dest)
    for key, value in (
        ("user.name", "devset"),
        ("user.email", "devset@localhost"),
        ("core.autocrlf", "false"),
        ("core.filemode", "true"),
        ("core.symlinks", "true"),
        ("commit.gpgsign", "false"),
    ):
        _git(["config", key, value], cwd=dest)
    # the bytes are upstream's: no end-of-line conversion or filter from a tracked .gitattributes
    (dest / ".git" / "info").mkdir(exist_ok=True)
    (dest / ".git" / "info" / "attributes").write_text("* -text -filter -ident -working-tree-encoding\n")
    _git(["add", "-A", "-f", "--", "."], cwd=dest)  # -f: upstream tracked files a .gitignore lists
    _git(["commit", "-q", "--no-verify", "--allow-empty", "-m", "base"], cwd=dest)
    return placeholders


# -------------------------------------------------------------------------------------------- running


@dataclasses.dataclass
class Result:
    """What the tool said about one repository."""

    exit_code: int
    report: JsonObj | None
    stderr: str

    @property
    def outcome(self) -> str:
        if self.report is None:
            return "failed"
        return str(self.report.get("outcome", "failed"))

    @property
    def diagnostics(self) -> list[JsonObj]:
        return list(self.report.get("diagnostics", [])) if self.report else []

    @property
    def removed(self) -> list[tuple[str, JsonObj]]:
        """(the flow's script, removed statement) for every statement the migration removes."""
        if not self.report:
            return []
        return [(f.get("script", ""), r) for f in self.report.get("flows", []) for r in f.get("removed", [])]

    @property
    def artifacts(self) -> list[tuple[str, JsonObj]]:
        """(the flow's script, artifact) for every artifact of every flow."""
        if not self.report:
            return []
        return [(f.get("script", ""), a) for f in self.report.get("flows", []) for a in f.get("artifacts", [])]


def run_tool(command: Sequence[str], repo: Path, timeout: float) -> Result:
    argv = [*command, "run", "--diff", "--format", "json", str(repo)]
    try:
        done = subprocess.run(argv, cwd=ROOT, capture_output=True, text=True, timeout=timeout, check=False)
    except subprocess.TimeoutExpired:
        return Result(exit_code=-1, report=None, stderr=f"timed out after {timeout:.0f} s")
    try:
        report = json.loads(done.stdout) if done.stdout.strip() else None
    except json.JSONDecodeError:
        report = None
    return Result(exit_code=done.returncode, report=report, stderr=done.stderr)


# ------------------------------------------------------------------------------------------------ judging


@dataclasses.dataclass(frozen=True)
class View:
    """The answer for a whole repository, or the part of it one directory (or file) holds."""

    outcome: str
    diags: list[JsonObj]
    artifacts: list[tuple[str, JsonObj]]  # (flow script, artifact)
    removed: list[tuple[str, JsonObj]]  # (flow script, removed statement)

    def part(self, path: str) -> View:
        """The diagnostics located in `path` and the flows whose script is in it; the part's own outcome is
        blocked when an error is located in it, migrated when its flows' artifacts all have a COPY --from."""
        diags = [d for d in self.diags if _under(d.get("file"), path)]
        artifacts = [(s, a) for s, a in self.artifacts if _under(s, path)]
        removed = [(s, r) for s, r in self.removed if _under(s, path)]
        if any(d.get("severity") == "error" for d in diags):
            outcome = "blocked"
        elif artifacts and all(a.get("copy_from") for _, a in artifacts):
            outcome = "migrated"
        else:
            outcome = "unchanged"
        return View(outcome, diags, artifacts, removed)


def _under(path: str | None, part: str) -> bool:
    return bool(path) and (part == "" or path == part or str(path).startswith(part + "/"))


def _at(d: JsonObj) -> str:
    return f"{d.get('file')}:{d.get('line')}"


def _places(diags: Iterable[JsonObj]) -> str:
    """`file:line` of each diagnostic, once, with a count where it repeats."""
    counted = Counter(_at(d) for d in diags)
    return ", ".join(f"{at} (x{n})" if n > 1 else at for at, n in counted.items())


def _either(failures: list[list[str]]) -> list[str]:
    """One reason for a set of acceptable answers none of which holds."""
    if len(failures) == 1:
        return failures[0]
    return [
        "none of the acceptable answers: " + " | ".join(f"({i}) " + "; ".join(f) for i, f in enumerate(failures, 1))
    ]


def _check(expect: Expect, view: View) -> list[str]:
    """Why the answer (for a repository or a part of it) does not satisfy `expect`; empty: it does."""
    why: list[str] = []
    codes = Counter(str(d.get("code")) for d in view.diags)
    errors = [d for d in view.diags if d.get("severity") == "error"]
    if expect.outcomes and view.outcome not in expect.outcomes:
        why.append(f"outcome {view.outcome}, expected {'/'.join(expect.outcomes)}")
    missing = [c for c in expect.require if c not in codes]
    if missing:
        why.append(f"missing {', '.join(missing)}")
    present = [f"{c} at {_places(d for d in view.diags if d.get('code') == c)}" for c in expect.forbid if c in codes]
    if present:
        why.append(f"forbidden {'; '.join(present)}")
    if expect.errors_only is not None:
        other = sorted({str(d.get("code")) for d in errors} - set(expect.errors_only))
        if other:
            why.append(f"unexpected errors {', '.join(other)}")
    if expect.errors_at is not None:
        elsewhere = [d for d in errors if _at(d) not in expect.errors_at]
        if elsewhere:
            named = sorted({f"{d.get('code')} at {_at(d)}" for d in elsewhere})
            why.append(f"errors elsewhere: {', '.join(named)}")
    unnamed = [loc for loc in expect.require_at if not any(_at(d) == loc for d in errors)]
    if unnamed:
        why.append(f"no error at {', '.join(unnamed)}")
    too_many = [f"{c}x{codes[c]} (at most {n})" for c, n in expect.max_count.items() if codes[c] > n]
    if too_many:
        why.append(f"repeated {', '.join(too_many)}")
    warnings = sum(d.get("severity") == "warning" for d in view.diags)
    if expect.warnings is not None and warnings != expect.warnings:
        why.append(f"{warnings} warnings, expected {expect.warnings}")
    lines = [str(a.get("copy_from") or "") for _, a in view.artifacts]
    absent = [s for s in expect.copy_from if not any(s in line for line in lines)]
    if absent:
        why.append(f"no COPY --from with {', '.join(repr(s) for s in absent)}")
    removed = {_at(r.get("location") or {}) for _, r in view.removed}
    kept = [loc for loc in expect.removes if loc not in removed]
    if kept:
        why.append(f"not removed: {', '.join(kept)}")
    for sub in expect.dirs:
        failures = [_check(alt, view.part(sub.path)) for alt in sub.accept]
        if all(failures):
            why.append(f"{sub.path}: " + "; ".join(_either(failures)))
    return why


def _duplicates(diags: list[JsonObj]) -> list[str]:
    seen = Counter((d.get("code"), d.get("file"), d.get("line"), d.get("column"), d.get("message")) for d in diags)
    return sorted({f"{k[0]} at {k[1]}:{k[2]}" for k, n in seen.items() if n > 1})


def _copy_sources(line: str) -> list[str]:
    """The sources of a `COPY --from=… SRC… DEST` line (flags and the destination dropped)."""
    words = [w for w in shlex.split(line, posix=True)[1:] if not w.startswith("--")]
    return words[:-1]


def _mangled(artifacts: list[tuple[str, JsonObj]]) -> list[str]:
    """COPY --from lines whose source is neither the extracted container path nor a path inside it."""
    bad = []
    for _, a in artifacts:
        line, root = a.get("copy_from"), str(a.get("container_path") or "")
        if not line or not root:
            continue
        base = root.removesuffix("/.").rstrip("/") or "/"
        try:
            sources = _copy_sources(str(line))
        except ValueError:
            sources = [str(line)]
        for src in sources:
            inside = src.rstrip("/") == base or src.removesuffix("/.") == base or src.startswith(base.rstrip("/") + "/")
            if not inside:
                bad.append(f"{src!r} (from {root!r})")
    return bad


def judge(row: Row, result: Result) -> list[str]:
    """Why the tool's answer is wrong for this row; empty: it is right."""
    if result.report is None:
        tail = result.stderr.strip().splitlines()[-1:] or ["no report"]
        return [f"no JSON report (exit {result.exit_code}): {tail[0]}"]
    why: list[str] = []
    view = View(result.outcome, result.diagnostics, result.artifacts, result.removed)
    expected_exit = EXIT_OF.get(view.outcome)
    if expected_exit is None or result.exit_code != expected_exit:
        why.append(f"exit {result.exit_code} for outcome {view.outcome}")
    dup = _duplicates(view.diags)
    if dup:
        why.append(f"printed twice: {', '.join(dup)}")
    mangled = _mangled(view.artifacts)
    if mangled:
        why.append(f"mangled COPY --from source {', '.join(mangled)}")
    why += _check(row.always, view)
    failures = [_check(alt, view) for alt in row.accept]
    if all(failures):
        why += _either(failures)
    return why


# ------------------------------------------------------------------------------------------------- output


def _codes(diags: list[JsonObj]) -> str:
    counted = Counter(str(d.get("code")) for d in diags if d.get("severity") in ("error", "warning"))
    return ",".join(f"{c}x{n}" if n > 1 else c for c, n in sorted(counted.items())) or "-"


def _detail(result: Result) -> Iterable[str]:
    for d in result.diagnostics:
        where = f"{d.get('file') or '-'}:{d.get('line') or '-'}"
        yield f"      {d.get('severity')} {d.get('code')} {where} {d.get('message')}"
    for script, a in result.artifacts:
        yield f"      artifact ({script}) {a.get('container_path')} -> {a.get('copy_from') or '(no COPY --from)'}"


def mirror_dir(option: str | None) -> Path | None:
    value = option or os.environ.get(MIRRORS_ENV)
    return Path(value).expanduser().resolve() if value else None


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=DESCRIPTION, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mirrors", metavar="DIR", help=f"local copies, one `owner+name` each (else ${MIRRORS_ENV})")
    parser.add_argument("--only", metavar="ROW", type=int, action="append", help="this row only (repeatable)")
    parser.add_argument("--keep", metavar="DIR", help="materialize into DIR/owner+name (must be new) and keep it")
    parser.add_argument("--data", metavar="TOML", default=str(DATA), help="the rows (default: bench/realworld.toml)")
    parser.add_argument(
        "--migrate",
        metavar="CMD",
        default=None,
        help="the command to run (default: this interpreter's `-m migrate`, run from the checkout)",
    )
    parser.add_argument("--timeout", type=float, default=300.0, help="seconds per repository (default 300)")
    parser.add_argument("-v", "--verbose", action="store_true", help="print every diagnostic and artifact")
    args = parser.parse_args(argv)

    try:
        rows = load_rows(Path(args.data))
    except (OSError, tomllib.TOMLDecodeError, DataError) as exc:
        print(f"bench_realworld: {exc}", file=sys.stderr)
        return 2
    if args.only:
        unknown = sorted(set(args.only) - {r.row for r in rows})
        if unknown:
            print(f"bench_realworld: no row {unknown} in {args.data}", file=sys.stderr)
            return 2
        rows = [r for r in rows if r.row in args.only]
    command = shlex.split(args.migrate) if args.migrate else [sys.executable, "-m", "migrate"]
    mirrors = mirror_dir(args.mirrors)
    keep = Path(args.keep).resolve() if args.keep else None

    right = judged = skipped = absent = 0
    with tempfile.TemporaryDirectory(prefix="devset-") as scratch:
        for row in rows:
            head = f"{row.row:>3} {row.repo:<42}"
            git_dir = find_git_dir(mirrors / row.mirror_name) if mirrors else None
            if git_dir is None:
                print(f"{head} skipped (no local copy)")
                skipped += 1
                absent += 1
                continue
            dest = (keep or Path(scratch)) / row.mirror_name
            try:
                _git(["rev-parse", "--verify", "-q", f"{row.commit}^{{commit}}"], git_dir=git_dir)
                if dest.exists() and keep:
                    print(f"{head} skipped ({dest} exists; --keep needs a fresh directory)")
                    skipped += 1
                    continue
                placeholders = materialize(git_dir, row.commit, dest)
            except (RuntimeError, OSError) as exc:
                print(f"{head} skipped (cannot materialize {row.commit[:7]}: {exc})")
                skipped += 1
                continue
            result = run_tool(command, dest, args.timeout)
            why = judge(row, result)
            judged += 1
            right += not why
            verdict = "RIGHT" if not why else "WRONG: " + "; ".join(why)
            print(f"{head} {result.outcome:<9} {_codes(result.diagnostics):<28} {verdict}")
            if args.verbose:
                if placeholders:
                    print(f"      placeholders: {', '.join(placeholders)}")
                for line in _detail(result):
                    print(line)
                if result.report is None and result.stderr.strip():
                    print("      " + "\n      ".join(result.stderr.strip().splitlines()[-15:]))
            if not keep:
                shutil.rmtree(dest, ignore_errors=True)
    print(f"{right}/{judged} right" + (f" ({skipped} of {len(rows)} skipped)" if skipped else ""))
    if absent and not judged:
        where = f"no copies under {mirrors}" if mirrors else f"no mirror directory (--mirrors or ${MIRRORS_ENV})"
        print(f"note: nothing judged: {where}; the figure needs local copies of the repositories")
    return 0


if __name__ == "__main__":
    sys.exit(main())
