"""One-shot latency: `migrate run --diff` on the tutorial example against a bare `python -c "import typer"`.

Usage:
    python bench/bench_oneshot.py [--runs 21] [--repo examples/java-helloworld]

Every command runs --runs times in a fresh interpreter (the way a multi-repository runner calls the tool, once
per repository); the median wall time is printed. The tool and the baseline take turns, so that the load of a
shared machine weighs on both alike. Byte code is cached (under bench/out, which git ignores) and
warmed first, as it is in an installed package. Besides the target, the breakdown shows where the time goes:
the interpreter alone, the CLI without the pipeline, the imports of a run, the shell reader's parser
(tree-sitter-bash) and, for comparison, bashlex (which builds its LALR tables on every import; a run imports
it only for a script tree-sitter-bash cannot read), and the help screen (typer renders it with rich).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def env() -> dict[str, str]:
    out = dict(os.environ)
    out.pop("PYTHONDONTWRITEBYTECODE", None)
    out["PYTHONPYCACHEPREFIX"] = str(ROOT / "bench" / "out" / "pycache")
    return out


def _run(argv: list[str]) -> tuple[float, float]:
    """Wall time and CPU time (user + system) of one run of `argv`."""
    start = time.perf_counter()
    proc = subprocess.Popen(argv, cwd=ROOT, env=env(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, _, usage = os.wait4(proc.pid, 0)
    proc.returncode = 0  # reaped here
    return time.perf_counter() - start, usage.ru_utime + usage.ru_stime


def medians_ms(commands: list[list[str]], runs: int, cpu: bool = False) -> list[float]:
    """The median wall time (or, with `cpu`, CPU time) of each command. The commands take turns, run after
    run, so that a change in the machine's load (it is shared) weighs on all of them alike instead of on
    whichever ran during it; CPU time moves less with the load than wall time does."""
    for argv in commands:
        _run(argv)  # warm the byte-code cache and the file system
    times: list[list[float]] = [[] for _ in commands]
    for _ in range(runs):
        for argv, own in zip(commands, times, strict=True):
            own.append(_run(argv)[1 if cpu else 0])
    return [statistics.median(own) * 1000 for own in times]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=21)
    parser.add_argument("--repo", default="examples/java-helloworld")
    args = parser.parse_args()
    py = sys.executable
    script = Path(py).with_name("migrate")  # the console script a runner calls
    cli = [str(script)] if script.exists() else [py, "-m", "migrate"]
    baseline, target = medians_ms([[py, "-c", "import typer"], [*cli, "run", "--diff", args.repo]], args.runs)
    print(f"python -c 'import typer'         {baseline:7.1f} ms")
    print(f"migrate run --diff {args.repo:<14} {target:7.1f} ms   ratio {target / baseline:4.2f} (goal <= 2.00)")
    base_cpu, target_cpu = medians_ms([[py, "-c", "import typer"], [*cli, "run", "--diff", args.repo]], args.runs, True)
    print(
        f"CPU time (user + system): {target_cpu:.1f} ms against {base_cpu:.1f} ms, ratio {target_cpu / base_cpu:4.2f}"
    )
    print("breakdown (each a fresh interpreter, taking turns):")
    loaded = "import typer, migrate.cli, migrate.pipeline, migrate.report.console"
    rows = (
        ("python -c pass", [py, "-c", "pass"]),
        ("migrate run (not a directory)", [*cli, "run", "/nonexistent"]),  # the CLI without the pipeline
        ("the CLI's imports, as it runs", [py, "-c", loaded]),
        ("import tree_sitter_bash", [py, "-c", "import tree_sitter, tree_sitter_bash"]),
        ("import bashlex", [py, "-c", "import bashlex"]),
        ("migrate --help (rich)", [*cli, "--help"]),
    )
    for (label, _), ms in zip(rows, medians_ms([argv for _, argv in rows], args.runs), strict=True):
        print(f"  {label:<30} {ms:7.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
