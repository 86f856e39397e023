"""Time the legacy builder flow against the migrated multi-stage build (cold and cached) and compare sizes.

Usage:
    python bench/bench_build.py                      # corpus cases with outcome "migrated" and engine = true
    python bench/bench_build.py REPO...              # these repositories, migrated with the pipeline
    python bench/bench_build.py --pair LEGACY MIGRATED --entry "bash build.sh"   # an already migrated copy

With podman, a fresh isolated store is used and the stand-in base images are loaded into it (so the numbers
measure the flows, not real compilers); pass --store to reuse one. With Docker, real base images must exist.
"""

from __future__ import annotations

import argparse
import importlib
import json
import shlex
import shutil
import statistics
import sys
import tempfile
import time
import tomllib
import uuid
from dataclasses import asdict, dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from migrate.verify.engine import Engine, EngineError, detect_engine, podman_engine  # noqa: E402
from migrate.verify.run import migrated_entrypoint, run_flow  # noqa: E402
from migrate.verify.shim import install_shim  # noqa: E402


@dataclass
class Subject:
    """One thing to benchmark: a legacy tree and its migrated tree, with the command that builds each."""

    name: str
    legacy: Path
    migrated: Path
    legacy_entry: tuple[str, ...]
    migrated_entry: tuple[str, ...]


@dataclass
class Row:
    name: str
    legacy_cold: list[float] = field(default_factory=list)
    migrated_cold: list[float] = field(default_factory=list)
    legacy_cached: list[float] = field(default_factory=list)
    migrated_cached: list[float] = field(default_factory=list)
    legacy_size: int = 0
    migrated_size: int = 0
    error: str = ""


def corpus_cases(corpus: Path) -> list[Path]:
    """corpus/<case>/input for every case whose case.toml says outcome "migrated" and engine = true."""
    found: list[Path] = []
    for toml_path in sorted(corpus.glob("*/case.toml")):
        data = tomllib.loads(toml_path.read_text(encoding="utf-8"))
        outcome = data.get("outcome") or data.get("expected", {}).get("outcome")
        if outcome == "migrated" and data.get("engine") is True and (toml_path.parent / "input").is_dir():
            found.append(toml_path.parent / "input")
    return found


def prepare(repo: Path, scratch: Path) -> Subject:
    """Copy `repo` twice and migrate the second copy with the pipeline."""
    from migrate.outcome import Outcome
    from migrate.pipeline import migrate_repo
    from migrate.write import apply_changes

    name = repo.parent.name if repo.name == "input" else repo.name
    legacy = scratch / name / "legacy" / "repo"
    migrated = scratch / name / "migrated" / "repo"
    shutil.copytree(repo, legacy, symlinks=True)
    shutil.copytree(repo, migrated, symlinks=True)
    result = migrate_repo(migrated)
    if result.outcome is not Outcome.MIGRATED or result.entrypoint is None:
        raise RuntimeError(f"{repo}: migration outcome {result.outcome.value}; nothing to compare")
    apply_changes(migrated, result.changes)
    cwd = str(getattr(result, "entry_cwd", ".") or ".")
    entry = tuple(result.entrypoint)
    legacy, migrated = legacy / cwd, migrated / cwd
    return Subject(name, legacy, migrated, entry, migrated_entrypoint(entry, legacy, migrated, f"bench-{name}"))


def timed(
    engine: Engine, scratch: Path, phase: str, cwd: Path, entry: tuple[str, ...], *, no_cache: bool, token: str
) -> tuple[float, str]:
    shim = install_shim(engine, scratch, token=token, phase=phase, no_cache=no_cache)
    start = time.monotonic()
    image = run_flow(engine, shim, scratch, phase, cwd, entry, timeout=3600)
    return time.monotonic() - start, image


def image_size(engine: Engine, image: str) -> int:
    size = engine.inspect_image(image).get("Size", 0)
    return size if isinstance(size, int) else 0


def reset(engine: Engine, baseline: set[str], label: str) -> None:
    """Remove the containers and (podman: every new) image a run left, so the next cold run starts cold."""
    engine.remove_containers(sorted(engine.container_ids(label=label)))
    if engine.kind == "podman":
        engine.remove_images(sorted(engine.image_ids() - baseline), force=True)


def bench(engine: Engine, subject: Subject, repeat: int, scratch: Path, baseline: set[str]) -> Row:
    row = Row(subject.name)
    token = uuid.uuid4().hex[:12]
    label = f"io.dockerfile-migrate.verify={token}"
    flows = (("legacy", subject.legacy, subject.legacy_entry), ("migrated", subject.migrated, subject.migrated_entry))
    try:
        for phase, cwd, entry in flows:
            for _ in range(repeat):
                reset(engine, baseline, label)
                seconds, image = timed(engine, scratch, phase, cwd, entry, no_cache=True, token=token)
                getattr(row, f"{phase}_cold").append(seconds)
            for _ in range(repeat):  # the cold run above left the layer cache warm
                seconds, image = timed(engine, scratch, phase, cwd, entry, no_cache=False, token=token)
                getattr(row, f"{phase}_cached").append(seconds)
            setattr(row, f"{phase}_size", image_size(engine, image))
    except (EngineError, OSError) as exc:
        row.error = str(exc).splitlines()[0]
    finally:
        reset(engine, baseline, label)
    return row


def _median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def render(rows: list[Row]) -> str:
    head = (
        f"{'case':<40} {'legacy cold':>11} {'migr. cold':>10} {'ratio':>6} {'legacy hot':>10} "
        f"{'migr. hot':>9} {'ratio':>6} {'legacy MB':>9} {'migr. MB':>8}"
    )
    lines = [head, "-" * len(head)]
    for r in rows:
        if r.error:
            lines.append(f"{r.name:<40} error: {r.error}")
            continue
        lc, mc, lh, mh = (_median(v) for v in (r.legacy_cold, r.migrated_cold, r.legacy_cached, r.migrated_cached))
        lines.append(
            f"{r.name[:40]:<40} {lc:>10.2f}s {mc:>9.2f}s {mc / lc:>6.2f} {lh:>9.2f}s {mh:>8.2f}s "
            f"{mh / lh:>6.2f} {r.legacy_size / 1e6:>9.2f} {r.migrated_size / 1e6:>8.2f}"
        )
    ok = [r for r in rows if not r.error]
    if ok:
        cold = statistics.geometric_mean(_median(r.migrated_cold) / _median(r.legacy_cold) for r in ok)
        hot = statistics.geometric_mean(_median(r.migrated_cached) / _median(r.legacy_cached) for r in ok)
        lines.append(f"geometric mean of migrated/legacy: cold {cold:.2f}, cached {hot:.2f} ({len(ok)} cases)")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("repos", nargs="*", type=Path, help="repositories (default: engine corpus cases)")
    parser.add_argument(
        "--pair",
        nargs=2,
        type=Path,
        action="append",
        default=[],
        metavar=("LEGACY", "MIGRATED"),
        help="a legacy tree and its already migrated tree (repeatable)",
    )
    parser.add_argument("--entry", default="bash build.sh", help="command that builds a --pair tree")
    parser.add_argument("--engine", choices=("docker", "podman"), default=None)
    parser.add_argument("--store", type=Path, default=None, help="podman store to use (default: a fresh one)")
    parser.add_argument("--no-standins", action="store_true", help="do not load the stand-in base images")
    parser.add_argument("--repeat", type=int, default=1, help="runs per measurement (median is shown)")
    parser.add_argument("--json", type=Path, default=None, help="also write the raw timings here")
    args = parser.parse_args(argv)

    scratch = Path(tempfile.mkdtemp(prefix="bench-build-"))
    store = args.store or (scratch / "store")
    engine: Engine | None = None
    try:
        engine = podman_engine(store) if args.engine == "podman" else detect_engine(args.engine, store=store)
        if engine.kind == "podman" and not args.no_standins:
            sys.path.insert(0, str(ROOT / "tests"))
            support = importlib.import_module("engine_support")
            support.install_standins(engine, scratch / "standins")
        baseline = engine.image_ids()
        subjects: list[Subject] = []
        entry = tuple(shlex.split(args.entry))
        for legacy, migrated in args.pair:
            subjects.append(Subject(legacy.resolve().name, legacy.resolve(), migrated.resolve(), entry, entry))
        repos = args.repos or ([] if args.pair else corpus_cases(ROOT / "corpus"))
        rows: list[Row] = []
        for repo in repos:
            try:
                subjects.append(prepare(repo.resolve(), scratch / "trees"))
            except Exception as exc:  # report and go on with the other repositories
                rows.append(Row(repo.parent.name if repo.name == "input" else repo.name, error=str(exc)))
        if not subjects and not rows:
            print("nothing to benchmark (no --pair, no repositories, no engine corpus cases)", file=sys.stderr)
            return 2
        print(f"engine: {engine.kind}; {len(subjects)} case(s); repeat {args.repeat}", file=sys.stderr)
        for subject in subjects:
            print(f"  {subject.name} ...", file=sys.stderr, flush=True)
            rows.append(bench(engine, subject, args.repeat, scratch / "runs", baseline))
        print(render(rows))
        if args.json:
            args.json.parent.mkdir(parents=True, exist_ok=True)
            args.json.write_text(json.dumps([asdict(r) for r in rows], indent=1))
        return 0 if all(not r.error for r in rows) else 1
    finally:
        runroot = engine.runroot if engine is not None and args.store is None else None
        if runroot is not None and not runroot.is_relative_to(scratch):  # a short path podman needed
            shutil.rmtree(runroot, ignore_errors=True)
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
