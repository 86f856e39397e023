"""Throughput and memory of `migrate bulk` on a synthetic organisation, against a read+parse floor.

Usage:
    python bench/bench_bulk.py [--repos 2000] [--jobs 2] [--org DIR] [--mode check|write] [--repeat 3]

Builds (or reuses) an organisation with bench/gen_org.py, then prints, each the best of --repeat runs:

- bulk:   `migrate bulk ORG --check --jobs J --results FILE` in a subprocess; wall time, repos/s, and the peak
          resident memory of its whole process tree (CLI, fork server, workers), sampled every 50 ms;
- floor:  the same repositories in J processes that only walk, read every file, and parse the shell scripts
          with tree-sitter-bash and the Dockerfiles with dockerfile-parse (what any tool must at least do);
- ratio:  bulk time / floor time.

Figures are printed, not asserted: this is a benchmark, not a test. Write mode changes the organisation, so
each write-mode repetition regenerates it first (outside the timing).
"""

from __future__ import annotations

import argparse
import contextlib
import io
import multiprocessing
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from gen_org import build  # noqa: E402

_SKIP = {".git", "node_modules", "vendor", ".venv", "__pycache__"}


def _floor_repo(repo: str) -> int:
    """Walk, read everything, parse what the tool parses; return the files seen."""
    import tree_sitter_bash
    from dockerfile_parse import DockerfileParser
    from tree_sitter import Language, Parser

    shell = Parser(Language(tree_sitter_bash.language()))

    seen = 0
    for dirpath, dirnames, filenames in os.walk(repo):
        dirnames[:] = [d for d in dirnames if d not in _SKIP]
        for name in filenames:
            path = os.path.join(dirpath, name)
            try:
                with open(path, "rb") as fh:
                    raw = fh.read()
            except OSError:
                continue
            seen += 1
            if name.startswith(("Dockerfile", "Containerfile")) or name.endswith((".Dockerfile", ".df")):
                with contextlib.suppress(Exception):
                    DockerfileParser(fileobj=io.BytesIO(raw), env_replace=False).structure  # noqa: B018
            elif name.endswith((".sh", ".bash")) or (raw.startswith(b"#!") and b"sh" in raw[:64]):
                with contextlib.suppress(Exception):
                    shell.parse(raw)
    return seen


def floor(repos: list[str], jobs: int) -> float:
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(["tree_sitter_bash", "dockerfile_parse"])
    with ctx.Pool(jobs) as pool:
        pool.map(abs, range(jobs))  # workers up and warm before the clock starts
        start = time.perf_counter()
        for _ in pool.imap_unordered(_floor_repo, repos, chunksize=8):
            pass
        return time.perf_counter() - start


def _tree_rss(root: int) -> int:
    """Resident bytes of `root` and all its descendants, from /proc."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    page = os.sysconf("SC_PAGE_SIZE")
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as fh:
                fields = fh.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        pid, ppid = int(entry), int(fields[1])
        children.setdefault(ppid, []).append(pid)
        rss[pid] = int(fields[21]) * page
    total, todo = 0, [root]
    while todo:
        pid = todo.pop()
        total += rss.get(pid, 0)
        todo.extend(children.get(pid, ()))
    return total


def bench_env() -> dict[str, str]:
    """As installed: byte code cached (here under bench/out, which git ignores), not recompiled per process."""
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(ROOT / "bench" / "out" / "pycache")
    return env


def bulk(org: Path, jobs: int, mode: str) -> tuple[float, int, str]:
    with tempfile.TemporaryDirectory() as tmp:
        results = Path(tmp) / "results.jsonl"
        argv = [sys.executable, "-m", "migrate", "bulk", str(org), f"--jobs={jobs}", f"--results={results}", "-q"]
        if mode == "check":
            argv.append("--check")
        argv += ["--format", "json"]
        peak = 0
        start = time.perf_counter()
        proc = subprocess.Popen(
            argv, cwd=ROOT, env=bench_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        box: dict[str, str] = {}
        reader = threading.Thread(target=lambda: box.update(zip(("out", "err"), proc.communicate(), strict=True)))
        reader.start()
        while proc.poll() is None:
            peak = max(peak, _tree_rss(proc.pid))
            time.sleep(0.05)
        reader.join()
        elapsed = time.perf_counter() - start
        if proc.returncode not in (0, 1, 3):
            sys.exit(f"bulk failed ({proc.returncode}): {box.get('err', '')[-2000:]}")
        lines = sum(1 for _ in results.open())
        return elapsed, peak, f"{lines} result lines, exit {proc.returncode}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repos", type=int, default=2000)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--org", type=Path, help="where to build the organisation (default: a temporary dir)")
    parser.add_argument("--mode", choices=("check", "write"), default="check")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--no-floor", action="store_true", help="skip the read+parse floor")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        org = args.org or Path(tmp) / "org"
        if args.mode == "write" or not org.exists():
            build(org, args.repos)
        repos = sorted(str(p) for p in org.iterdir() if p.is_dir())
        n = len(repos)
        print(f"organisation: {n} repositories in {org}; {args.jobs} jobs; {os.cpu_count()} CPUs; mode {args.mode}")
        bulk(org, args.jobs, "check")  # warm-up: byte code cached, files in the page cache
        best_bulk, best_peak, note = float("inf"), 0, ""
        for i in range(args.repeat):
            if args.mode == "write" and i:
                build(org, n)
            elapsed, peak, note = bulk(org, args.jobs, args.mode)
            best_bulk = min(best_bulk, elapsed)
            best_peak = max(best_peak, peak)
        rate, mib = n / best_bulk, best_peak / 2**20
        print(f"bulk:  {best_bulk:7.2f} s  {rate:7.0f} repos/s  peak RSS {mib:6.0f} MiB  ({note})")
        print("       (wall time of the whole command: interpreter start, fork server, workers, summary)")
        if args.no_floor:
            return 0
        best_floor = min(floor(repos, args.jobs) for _ in range(args.repeat))
        print(f"floor: {best_floor:7.2f} s  {n / best_floor:7.0f} repos/s  (walk + read + parse, warm workers)")
        print(f"ratio: {best_bulk / best_floor:7.2f}  (bulk / floor)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
