"""How `migrate bulk --check` fares on every sh/bash script of this machine that `bash -n` accepts.

Usage:
    python bench/bench_system_scripts.py [--limit N] [--jobs 2] [--timeout 300] [--out FILE] [--keep]
                                         [--trailer LINE]

Finds the files under /usr/bin, /usr/sbin, /usr/lib, /usr/share and /etc (links not followed, a file reached
through several hard links taken once) whose first line is a sh, bash or dash shebang (`#!/bin/sh`,
`#!/bin/bash -e`, `#!/usr/bin/env bash`, `#!/bin/dash`…) and whose size is under 200,000 bytes, and keeps
those `bash -n` accepts. `--limit N` keeps the first N of those, by path.

Each script becomes one repository in a temporary directory: its bytes, a newline if it lacks a final
one, and the line `: docker build` (so the tool reads it as a possible orchestrator; `--trailer LINE`
appends another line instead), saved as `REPO/build.sh`, mode 0755. Bulk discovery takes every immediate
subdirectory of the root as a repository, so no `git init` is needed. Then `migrate bulk ROOT --check
--jobs J --results FILE` runs in a subprocess (check mode writes nothing), and the figures printed are:
the wall time of that command, the counts by outcome, the repositories refused as unparseable (MIG101
anywhere in their diagnostics) and the failed ones (internal error, worker crash, timeout, no result
line), each with the script's path, line and message.

`--out FILE` writes the MIG101 and failure lists as JSON. The temporary tree is deleted at the end unless
`--keep` is given (it then holds `manifest.tsv`, repository -> script, and `results.jsonl`).

The tool reads a script only when a cheap filter says it may orchestrate (docker or podman, and a
`cp`/`run`/`export` word, the word `build` twice, or a call of another script); the other scripts come
out `unchanged` without being parsed, so with the default trailer about half of them are never read.
`--trailer ': docker build; : docker build'` gets every script read.

Figures are printed, not asserted: this is a benchmark, not a test.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import stat
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SYSTEM_DIRS = ("/usr/bin", "/usr/sbin", "/usr/lib", "/usr/share", "/etc")
MAX_SIZE = 200_000  # bytes: "under 200 kB"
OUTCOMES = ("migrated", "unchanged", "blocked", "failed")
# `#!/bin/sh`, `#! /bin/bash -e`, `#!/usr/bin/env bash`, `#!/usr/bin/env -S bash -eu`, `#!/bin/dash`
_SHEBANG = re.compile(rb"^#!\s*(?:\S*/)?(?:env\s+(?:-\S+\s+)*)?(?:ba|da)?sh(?:\s|$)")
TRAILER = ": docker build"


@dataclass(frozen=True)
class Finding:
    """One repository refused as unparseable (MIG101) or failed, traced back to the system script."""

    script: str
    outcome: str
    code: str  # "MIG101", or "failed"
    line: int | None
    column: int | None
    message: str
    text: str  # the script's line the diagnostic points at ("" when none)
    traceback: str = ""  # failures: the traceback the results file records


def find_scripts(dirs: Iterable[str]) -> list[str]:
    """Regular files under `dirs` (links never followed) with a sh/bash/dash shebang and a size under
    MAX_SIZE, sorted by path; a file with several hard links is taken once, at its first path."""
    found: list[str] = []
    seen: set[tuple[int, int]] = set()
    for top in dirs:
        if not os.path.isdir(top) or os.path.islink(top):
            continue
        for dirpath, dirnames, filenames in os.walk(top, followlinks=False):
            dirnames.sort()
            for name in sorted(filenames):
                path = os.path.join(dirpath, name)
                try:
                    st = os.lstat(path)
                    if not stat.S_ISREG(st.st_mode) or st.st_size >= MAX_SIZE:
                        continue
                    with open(path, "rb") as fh:
                        head = fh.read(256)
                except OSError:
                    continue
                if not _SHEBANG.match(head):
                    continue
                key = (st.st_dev, st.st_ino)
                if key not in seen:
                    seen.add(key)
                    found.append(path)
    return sorted(found)


def bash_accepts(path: str) -> bool:
    """`bash -n PATH` exits 0 (within 30 s)."""
    try:
        proc = subprocess.run(
            ["bash", "-n", path], stdin=subprocess.DEVNULL, capture_output=True, timeout=30, check=False
        )
    except (OSError, subprocess.TimeoutExpired):
        return False
    return proc.returncode == 0


def accepted(scripts: list[str], jobs: int, limit: int | None) -> Iterator[str]:
    """The scripts `bash -n` accepts, in order, stopping after `limit` of them."""
    taken, batch = 0, max(1, jobs) * 16
    with ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
        for start in range(0, len(scripts), batch):
            chunk = scripts[start : start + batch]
            for path, ok in zip(chunk, pool.map(bash_accepts, chunk), strict=True):
                if not ok:
                    continue
                yield path
                taken += 1
                if limit is not None and taken >= limit:
                    return


def build_tree(root: Path, scripts: list[str], trailer: str) -> dict[str, str]:
    """One repository per script under `root`: `root/NNNNN/build.sh`, the script then the `trailer` line.
    Returns repository path -> script."""
    tail = trailer.rstrip("\n").encode("utf-8") + b"\n"
    width = max(5, len(str(len(scripts))))
    repos: dict[str, str] = {}
    for i, script in enumerate(scripts, 1):
        repo = root / f"{i:0{width}d}"
        repo.mkdir()
        raw = Path(script).read_bytes()
        if raw and not raw.endswith(b"\n"):
            raw += b"\n"
        target = repo / "build.sh"
        target.write_bytes(raw + tail)
        target.chmod(0o755)
        repos[str(repo)] = script
    return repos


def run_bulk(root: Path, results: Path, jobs: int, timeout: float) -> tuple[float, int, str, str]:
    """`migrate bulk ROOT --check` in a subprocess: (wall seconds, exit code, stdout, stderr)."""
    argv = [
        sys.executable,
        "-m",
        "migrate",
        "bulk",
        str(root),
        "--check",
        f"--jobs={jobs}",
        f"--timeout={timeout}",
        f"--results={results}",
        "--format=json",
        "-q",
    ]
    start = time.perf_counter()
    proc = subprocess.run(argv, cwd=ROOT, capture_output=True, text=True, check=False)
    return time.perf_counter() - start, proc.returncode, proc.stdout, proc.stderr


def read_results(results: Path) -> dict[str, dict[str, Any]]:
    """The last well-formed line for each repository of the results file."""
    records: dict[str, dict[str, Any]] = {}
    if not results.exists():
        return records
    with results.open(encoding="utf-8", errors="replace") as fh:
        for line in fh:
            try:
                record = json.loads(line)
            except ValueError:
                continue
            if isinstance(record, dict) and isinstance(record.get("repo"), str):
                records[record["repo"]] = record
    return records


def _line_text(repo: str, file: str | None, line: int | None) -> str:
    if not line or line < 1:
        return ""
    path = Path(repo) / (file or "build.sh")
    try:
        lines = path.read_bytes().split(b"\n")
    except OSError:
        return ""
    return lines[line - 1].decode("utf-8", "replace").strip() if line <= len(lines) else ""


def findings(repos: dict[str, str], records: dict[str, dict[str, Any]]) -> tuple[list[Finding], list[Finding]]:
    """(MIG101 findings, failures), each in script order."""
    unparseable: list[Finding] = []
    failed: list[Finding] = []
    for repo, script in repos.items():
        record = records.get(repo)
        if record is None:
            failed.append(Finding(script, "missing", "failed", None, None, "no line in the results file", ""))
            continue
        outcome = str(record.get("outcome"))
        for d in record.get("diagnostics") or ():
            if isinstance(d, dict) and d.get("code") == "MIG101":
                line = d.get("line") if isinstance(d.get("line"), int) else None
                column = d.get("column") if isinstance(d.get("column"), int) else None
                text = _line_text(repo, d.get("file"), line)
                unparseable.append(Finding(script, outcome, "MIG101", line, column, str(d.get("message")), text))
        if outcome == "failed":
            reason = str(record.get("reason") or "")
            trace = str(record.get("traceback") or "")
            failed.append(Finding(script, outcome, "failed", None, None, reason, "", trace))
    return unparseable, failed


def readers(scripts: list[str]) -> None:
    """Which reader reads each script as a run does (parse/shell.py), and the two parsers' times over all of
    them: tree-sitter-bash (every script) and bashlex (where it does not raise)."""
    import bashlex
    import tree_sitter_bash
    from tree_sitter import Language, Parser

    from migrate.parse.shell import parse_shell
    from migrate.parse.shell_model import UNREAD, Opaque, SourceSyntaxError, walk

    ts = Parser(Language(tree_sitter_bash.language()))
    by: Counter[str] = Counter()
    ts_errors = bashlex_raises = 0
    ts_time = bl_time = 0.0
    for path in scripts:
        raw = Path(path).read_bytes()
        text = raw.decode("utf-8", "surrogateescape")
        start = time.perf_counter()
        tree = ts.parse(raw)
        ts_time += time.perf_counter() - start
        ts_errors += tree.root_node.has_error
        start = time.perf_counter()
        try:
            bashlex.parse(text)
        except Exception:  # bashlex raises many kinds on what it cannot read
            bashlex_raises += 1
        bl_time += time.perf_counter() - start
        try:
            script = parse_shell(text)
        except SourceSyntaxError:
            by["rejected by bash"] += 1
            continue
        unread = any(isinstance(n, Opaque) and n.kind == UNREAD for n in walk(script.body))
        by[f"{script.parser}{' with unread regions' if unread else ''}"] += 1
    n = len(scripts)
    print(f"readers over {n} scripts: " + ", ".join(f"{k} {v}" for k, v in sorted(by.items())))
    print(
        f"  tree-sitter-bash reports an error in {ts_errors} ({100 * ts_errors / n:.0f}%), {ts_time:.2f} s in all; "
        f"bashlex raises on {bashlex_raises} ({100 * bashlex_raises / n:.0f}%), {bl_time:.2f} s in all"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--limit", type=int, help="only the first N accepted scripts, by path")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--timeout", type=float, default=300.0, help="seconds per repository (bulk --timeout)")
    parser.add_argument("--out", type=Path, help="write the MIG101 and failure lists as JSON")
    parser.add_argument("--keep", action="store_true", help="keep the temporary tree (its path is printed)")
    parser.add_argument("--trailer", default=TRAILER, help=f"the line appended to each script (default: {TRAILER!r})")
    args = parser.parse_args()

    start = time.perf_counter()
    candidates = find_scripts(SYSTEM_DIRS)
    scripts = list(accepted(candidates, args.jobs, args.limit))
    checked = "" if args.limit is None else " (stopped at --limit)"
    print(f"scripts found: {len(candidates)} (sh/bash/dash shebang, < {MAX_SIZE} bytes, in {' '.join(SYSTEM_DIRS)})")
    print(f"accepted by bash -n: {len(scripts)}{checked}; {time.perf_counter() - start:.1f} s to find and check")
    if not scripts:
        return 0
    readers(scripts)

    tmp = Path(tempfile.mkdtemp(prefix="bench-sysscripts-"))
    try:
        root = tmp / "repos"
        root.mkdir()
        repos = build_tree(root, scripts, args.trailer)
        (tmp / "manifest.tsv").write_text("".join(f"{r}\t{s}\n" for r, s in repos.items()), encoding="utf-8")
        results = tmp / "results.jsonl"
        elapsed, code, out, err = run_bulk(root, results, args.jobs, args.timeout)
        records = read_results(results)
        rate = len(repos) / elapsed if elapsed > 0 else 0.0
        print(f"trailer appended to each script: {args.trailer!r}")
        print(
            f"bulk --check --jobs {args.jobs}: {elapsed:.2f} s wall, {rate:.0f} repos/s, exit {code}, "
            f"{len(records)} result lines for {len(repos)} scripts"
        )
        if code not in (0, 1, 3, 123):
            print(f"  unexpected exit {code}; stderr tail: {err[-2000:]}")
        counts = Counter(str(r.get("outcome")) for r in records.values())
        shown = [*OUTCOMES, *sorted(set(counts) - set(OUTCOMES))]
        print("outcomes: " + ", ".join(f"{o} {counts[o]}" for o in shown))
        try:
            summary = json.loads(out) if out.strip() else {}
        except ValueError:
            summary = {}
        blockers = summary.get("top_blockers") if isinstance(summary, dict) else None
        if blockers:
            print("most frequent blockers (repositories blocked):")
            for b in blockers:
                print(f"  {b.get('code')} {b.get('repositories'):>6}  {b.get('title')}")

        codes: Counter[str] = Counter()
        for r in records.values():
            codes.update({str(d.get("code")) for d in r.get("diagnostics") or () if isinstance(d, dict)})
        print("diagnostic codes (repositories): " + ", ".join(f"{c} {n}" for c, n in sorted(codes.items())))

        unparseable, failed = findings(repos, records)
        n_mig101 = len({f.script for f in unparseable})
        print(f"refused as unparseable (MIG101): {n_mig101} scripts")
        for f in unparseable:
            print(f"  {f.script}:{f.line}:{f.column}: [{f.outcome}] {f.message}")
            if f.text:
                print(f"      | {f.text[:160]}")
        print(f"failed (internal error, crash, timeout, missing): {len(failed)}")
        for f in failed:
            print(f"  {f.script}: {f.message.splitlines()[0] if f.message else ''}")

        if args.out:
            report = {
                "scripts_found": len(candidates),
                "accepted_by_bash_n": len(scripts),
                "limit": args.limit,
                "jobs": args.jobs,
                "trailer": args.trailer,
                "bulk_seconds": round(elapsed, 3),
                "bulk_exit": code,
                "outcomes": dict(counts),
                "mig101": [asdict(f) for f in unparseable],
                "failed": [asdict(f) for f in failed],
            }
            args.out.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
            print(f"lists written to {args.out}")
    finally:
        if args.keep:
            print(f"kept: {tmp} (manifest.tsv, results.jsonl, repos/)")
        else:
            shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
