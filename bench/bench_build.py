"""Time the legacy builder flow against the migrated multi-stage build (cold and cached) and compare sizes.

The physical limit of the migrated build is the builder's own build plus one copy of the artifacts into the
runtime image: the legacy flow's two builds, without its extraction (create, cp, rm) and script overhead. Each
row gives it (the sum of the legacy flow's build times, from the docker shim's log) and how far the migrated
build is from it; the closing note says why.

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
    limit_cold: list[float] = field(default_factory=list)  # the legacy flow's builds alone: builder + runtime
    limit_cached: list[float] = field(default_factory=list)
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


def _probes(repo: Path) -> bool:
    """A corpus case run with --probe (its case.toml says so)."""
    toml_path = repo.parent / "case.toml"
    if repo.name != "input" or not toml_path.is_file():
        return False
    return "--probe" in tomllib.loads(toml_path.read_text(encoding="utf-8")).get("args", [])


def prepare(repo: Path, scratch: Path, engine: Engine) -> Subject:
    """Copy `repo` twice and migrate the second copy with the pipeline (with --probe where the case asks)."""
    from migrate.outcome import Outcome
    from migrate.pipeline import migrate_repo
    from migrate.probe import migrate_probed
    from migrate.write import apply_changes

    name = repo.parent.name if repo.name == "input" else repo.name
    legacy = scratch / name / "legacy" / "repo"
    migrated = scratch / name / "migrated" / "repo"
    shutil.copytree(repo, legacy, symlinks=True)
    shutil.copytree(repo, migrated, symlinks=True)
    result = migrate_probed(migrated, engine=engine) if _probes(repo) else migrate_repo(migrated)
    if result.outcome is not Outcome.MIGRATED or result.entrypoint is None:
        raise RuntimeError(f"{repo}: migration outcome {result.outcome.value}; nothing to compare")
    apply_changes(migrated, result.changes)
    cwd = str(getattr(result, "entry_cwd", ".") or ".")
    entry = tuple(result.entrypoint)
    legacy, migrated = legacy / cwd, migrated / cwd
    return Subject(name, legacy, migrated, entry, migrated_entrypoint(entry, legacy, migrated, f"bench-{name}"))


def timed(
    engine: Engine, scratch: Path, phase: str, cwd: Path, entry: tuple[str, ...], *, no_cache: bool, token: str
) -> tuple[float, str, float]:
    """The flow's wall time, its final image, and the time its `docker build`s took (the shim logs each)."""
    run = f"{phase}-{uuid.uuid4().hex[:6]}"
    shim = install_shim(engine, scratch, token=token, phase=run, no_cache=no_cache)
    start = time.monotonic()
    image = run_flow(engine, shim, scratch, run, cwd, entry, timeout=3600)
    seconds = time.monotonic() - start
    builds = [e.data.get("seconds") for e in shim.events(run) if e.event == "build" and e.ok]
    return seconds, image, sum(b for b in builds if isinstance(b, (int, float)))


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
                seconds, image, builds = timed(engine, scratch, phase, cwd, entry, no_cache=True, token=token)
                getattr(row, f"{phase}_cold").append(seconds)
                if phase == "legacy":
                    row.limit_cold.append(builds)
            for _ in range(repeat):  # the cold run above left the layer cache warm
                seconds, image, builds = timed(engine, scratch, phase, cwd, entry, no_cache=False, token=token)
                getattr(row, f"{phase}_cached").append(seconds)
                if phase == "legacy":
                    row.limit_cached.append(builds)
            setattr(row, f"{phase}_size", image_size(engine, image))
    except (EngineError, OSError) as exc:
        row.error = str(exc).splitlines()[0]
    finally:
        reset(engine, baseline, label)
    return row


def _median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def _geomean(rows: list[Row], num: str, den: str) -> float:
    return statistics.geometric_mean(_median(getattr(r, num)) / _median(getattr(r, den)) for r in rows)


def render(rows: list[Row]) -> str:
    """One line per case: legacy, migrated, migrated/legacy and migrated/limit, cold then cached; then sizes."""
    head = (
        f"{'case':<40} {'legacy cold':>11} {'migr. cold':>10} {'m/l':>5} {'m/lim':>5} {'legacy hot':>10} "
        f"{'migr. hot':>9} {'m/l':>5} {'m/lim':>5} {'legacy MB':>9} {'migr. MB':>8}"
    )
    lines = [head, "-" * len(head)]
    for r in rows:
        if r.error:
            lines.append(f"{r.name:<40} error: {r.error}")
            continue
        lc, mc, lh, mh = (_median(v) for v in (r.legacy_cold, r.migrated_cold, r.legacy_cached, r.migrated_cached))
        kc, kh = _median(r.limit_cold), _median(r.limit_cached)
        lines.append(
            f"{r.name[:40]:<40} {lc:>10.2f}s {mc:>9.2f}s {mc / lc:>5.2f} {mc / kc:>5.2f} {lh:>9.2f}s {mh:>8.2f}s "
            f"{mh / lh:>5.2f} {mh / kh:>5.2f} {r.legacy_size / 1e6:>9.2f} {r.migrated_size / 1e6:>8.2f}"
        )
    ok = [r for r in rows if not r.error]
    if ok:
        lines += ["", closing_note(ok)]
    return "\n".join(lines)


def closing_note(ok: list[Row]) -> str:
    """The ratios over all cases, and what separates the migrated build from its physical limit."""
    cold, hot = _geomean(ok, "migrated_cold", "legacy_cold"), _geomean(ok, "migrated_cached", "legacy_cached")
    lim_cold, lim_hot = _geomean(ok, "migrated_cold", "limit_cold"), _geomean(ok, "migrated_cached", "limit_cached")
    extract = statistics.mean((_median(r.legacy_cold) - _median(r.limit_cold)) / _median(r.legacy_cold) for r in ok)
    where = {
        True: "above it: COPY --from mounts the builder stage's image to read the artifacts, which on podman's vfs "
        "store is a full copy of its root file system, the price `docker cp` pays in the legacy flow (a two-stage "
        "build takes about the two builds apart plus one `docker cp`); on a copy-on-write store that mount copies "
        "nothing",
        False: "below it: one build starts once where the legacy flow started two, and sends its context once",
    }
    return (
        f"Over {len(ok)} case(s) (geometric means): the migrated build takes {cold:.2f} of the legacy flow's time "
        f"cold and {hot:.2f} cached.\n"
        "The physical limit is the builder's own build plus one copy into the runtime image: the legacy flow's two "
        f"builds without its extraction. The migrated build takes {lim_cold:.2f} of it cold and {lim_hot:.2f} "
        f"cached; cold it is {where[lim_cold > 1]}; cached it is {where[lim_hot > 1]}.\n"
        f"On average the legacy flow spends {extract:.0%} of its cold time outside its builds (create, cp, rm, "
        "the script): what the migration saves."
    )


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
                subjects.append(prepare(repo.resolve(), scratch / "trees", engine))
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
