"""Run the legacy and the migrated flow on scratch copies of a repository; compare their final images."""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from migrate.outcome import Outcome, RepoResult
from migrate.verify.compare import Difference, compare_images, format_differences
from migrate.verify.engine import BaseImageMissing, Engine, EngineError, detect_engine
from migrate.verify.shim import Shim, install_shim
from migrate.verify.sizes import FlowCost, flow_cost, sizes_dict

Progress = Callable[[str], None]
Migrator = Callable[[Path], RepoResult]

DEFAULT_TIMEOUT = 1800.0  # seconds for one flow (legacy or migrated)
_TAIL = 40  # lines of a failed flow's output shown in the error


class FlowFailed(EngineError):
    """The legacy or the migrated flow did not produce an image."""

    def __init__(self, phase: str, message: str, output: str = "") -> None:
        self.phase = phase
        self.output = output
        tail = "\n".join(output.splitlines()[-_TAIL:])
        shown = f"\n--- last output lines ---\n{tail}" if tail else ""
        super().__init__(f"{phase} flow: {message}{shown}")


@dataclass(frozen=True)
class VerifyResult:
    """What verify found: `status` is equivalent, different, blocked, unchanged or failed (the migration)."""

    repo: str
    status: str
    engine: str
    migration: RepoResult | None = None
    differences: tuple[Difference, ...] = ()
    legacy_image: str | None = None
    migrated_image: str | None = None
    timings: dict[str, float] = field(default_factory=dict)
    sizes: dict[str, object] | None = None  # sizes.sizes_dict: image sizes, layers, context, times cold and cached

    @property
    def equivalent(self) -> bool:
        return self.status == "equivalent"

    def report(self) -> str:
        return format_differences(self.differences)


def _stderr(line: str) -> None:
    sys.stderr.write(f"verify: {line}\n")
    sys.stderr.flush()


def _default_migrator(root: Path) -> RepoResult:
    from migrate.pipeline import migrate_repo

    return migrate_repo(root)


def _copy_repo(src: Path, dest: Path) -> None:
    dest.parent.mkdir(parents=True, exist_ok=True)
    shutil.copytree(src, dest, symlinks=True)


def run_flow(
    engine: Engine,
    shim: Shim,
    scratch: Path,
    phase: str,
    root: Path,
    entrypoint: tuple[str, ...],
    timeout: float,
) -> str:
    """Run one orchestrator with the shim first on PATH; return the image of its last build."""
    log_path = scratch / f"{phase}-output.log"
    with log_path.open("wb") as log:
        try:
            proc = subprocess.Popen(
                list(entrypoint),
                cwd=root,
                env=shim.environ(),
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        except OSError as exc:
            raise FlowFailed(phase, f"cannot start {' '.join(entrypoint)}: {exc}") from exc
        try:
            rc = proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
            output = log_path.read_text(errors="replace")
            raise FlowFailed(phase, f"timed out after {timeout:.0f} s", output) from None
        finally:
            if proc.poll() is None:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()
    output = log_path.read_text(errors="replace")
    missing = shim.missing_images()
    if missing:
        raise BaseImageMissing(missing, engine.load_hint())
    if rc != 0:
        raise FlowFailed(phase, f"`{' '.join(entrypoint)}` exited with {rc}", output)
    image = shim.last_image(phase)
    if image is None:
        raise FlowFailed(phase, f"`{' '.join(entrypoint)}` built no image through `docker`", output)
    return image


def migrated_entrypoint(legacy: tuple[str, ...], legacy_root: Path, migrated_root: Path, tag: str) -> tuple[str, ...]:
    """The same command, unless the migration deleted the script it runs: then a plain `docker build .`."""
    for arg in legacy[1:] if len(legacy) > 1 else legacy:
        if (legacy_root / arg).is_file() and not (migrated_root / arg).is_file():
            return ("docker", "build", "-t", tag, ".")
    return legacy


def _cleanup(engine: Engine, shim: Shim, before_images: set[str], before_containers: set[str]) -> None:
    """Remove what verify created: containers first, then tags, then images (best effort, never raises)."""
    try:
        ours = engine.container_ids(label=shim.label)
        if engine.kind == "podman":  # the isolated store is verify's own: anything new is ours
            ours |= engine.container_ids() - before_containers
        engine.remove_containers(sorted(ours))
        engine.remove_images(shim.created_refs())
        after = engine.image_ids()
        if engine.kind == "podman":
            engine.remove_images(sorted(after - before_images), force=True)
        else:
            engine.remove_images([i for i in shim.built_images() if i in after and i not in before_images])
    except (EngineError, OSError, subprocess.SubprocessError) as exc:
        _stderr(f"warning: cleanup incomplete: {exc}")


def _uses_docker_sdk(repo: Path, result: RepoResult) -> bool:
    """Whether a migrated Python orchestrator imports the docker SDK (the shim only sees the docker CLI)."""
    for flow in result.flows:
        if not flow.script.endswith(".py"):
            continue
        try:
            text = (repo / flow.script).read_text(encoding="utf-8", errors="replace")
        except OSError:
            continue
        if re.search(r"^\s*(?:import\s+docker\b|from\s+docker\b)", text, re.MULTILINE):
            return True
    return False


def _cached_run(
    engine: Engine,
    scratch: Path,
    repo: Path,
    phase: str,
    token: str,
    entry_cwd: str,
    entrypoint: tuple[str, ...],
    migration: RepoResult | None,
    cost: FlowCost,
    timeout: float,
    say: Progress,
) -> FlowCost:
    """The flow again on a fresh copy (the first run left artifacts and tags in its own), with the layer cache
    its cold run filled; its time goes into `cost`. A failure here costs the time only, never the verdict."""
    from dataclasses import replace

    from migrate.write import apply_changes

    root = scratch / f"{phase}-cached" / (repo.name or "repo")
    try:
        _copy_repo(repo, root)
        if migration is not None:
            apply_changes(root, migration.changes)
        shim = install_shim(engine, scratch, token=token, phase=f"{phase}-cached")
        engine.remove_containers(sorted(engine.container_ids(label=shim.label)))  # names the cold run kept
        start = time.monotonic()
        run_flow(engine, shim, scratch, f"{phase}-cached", root / entry_cwd, entrypoint, timeout)
    except (EngineError, OSError, subprocess.SubprocessError) as exc:
        say(f"warning: the cached {phase} build failed; no cached time: {str(exc).splitlines()[0]}")
        return cost
    seconds = time.monotonic() - start
    say(f"{phase} flow again, cached: {seconds:.1f} s")
    return replace(cost, cached=seconds)


def verify_repo(
    path: Path,
    *,
    engine: Engine | None = None,
    progress: Progress | None = None,
    timeout: float = DEFAULT_TIMEOUT,
    migrator: Migrator | None = None,
    measure: bool = True,
) -> VerifyResult:
    """Build the legacy and the migrated setup of `path` (never touched) and compare the final images.

    `measure`: build each flow cold (every build with --no-cache), then each again on a fresh copy with the layer
    cache, for the times in `sizes`; without it each flow is built once, with the cache, and only the sizes are
    measured. Raises EngineUnavailable, BaseImageMissing or FlowFailed when the comparison cannot be made."""
    say = progress or _stderr
    repo = Path(path).resolve()
    engine = engine or detect_engine()
    migrate_fn = migrator or _default_migrator
    token = uuid.uuid4().hex[:12]
    scratch = Path(tempfile.mkdtemp(prefix="migrate-verify-"))
    name = repo.name or "repo"
    timings: dict[str, float] = {}
    shim: Shim | None = None
    before_images: set[str] = set()
    before_containers: set[str] = set()
    try:
        migrated_root = scratch / "migrated" / name
        _copy_repo(repo, migrated_root)
        result = migrate_fn(migrated_root)
        if result.outcome is not Outcome.MIGRATED:
            say(f"migration outcome: {result.outcome.value}; nothing to build")
            return VerifyResult(str(path), result.outcome.value, engine.kind, migration=result)
        if result.entrypoint is None:
            raise FlowFailed("legacy", "the migration found no orchestrator to run")
        entrypoint = tuple(result.entrypoint)
        if _uses_docker_sdk(repo, result):
            raise FlowFailed(
                "legacy",
                "the orchestrator drives docker through its Python SDK, which verify cannot run through its "
                "docker shim; only docker command lines can be built both ways",
            )
        entry_cwd = str(getattr(result, "entry_cwd", ".") or ".")  # repository-relative
        before_images = engine.image_ids()
        before_containers = engine.container_ids()
        legacy_root = scratch / "legacy" / name
        _copy_repo(repo, legacy_root)
        legacy_cwd = legacy_root / entry_cwd

        say(f"engine: {engine.kind}; legacy flow: {' '.join(entrypoint)}")
        start = time.monotonic()
        shim = install_shim(engine, scratch, token=token, phase="legacy", no_cache=measure)
        legacy_image = run_flow(engine, shim, scratch, "legacy", legacy_cwd, entrypoint, timeout)
        timings["legacy"] = time.monotonic() - start
        legacy_cost = flow_cost(engine, shim, "legacy", legacy_image, timings["legacy"] if measure else None)
        say(f"legacy image {legacy_image[:19]} ({timings['legacy']:.1f} s{', cold' if measure else ''})")

        from migrate.write import apply_changes

        apply_changes(migrated_root, result.changes)
        tag = f"migrate-verify-{token}"
        migrated_cwd = migrated_root / entry_cwd
        migrated_entry = migrated_entrypoint(entrypoint, legacy_cwd, migrated_cwd, tag)
        say(f"migrated flow: {' '.join(migrated_entry)}")
        start = time.monotonic()
        # Layer-cache hits from the legacy builds are sound: buildah's and BuildKit's COPY cache keys cover
        # content, mode and owner (not mtime, which the comparison ignores as well).
        shim = install_shim(engine, scratch, token=token, phase="migrated", no_cache=measure)
        migrated_image = run_flow(engine, shim, scratch, "migrated", migrated_cwd, migrated_entry, timeout)
        timings["migrated"] = time.monotonic() - start
        migrated_cost = flow_cost(engine, shim, "migrated", migrated_image, timings["migrated"] if measure else None)
        say(f"migrated image {migrated_image[:19]} ({timings['migrated']:.1f} s{', cold' if measure else ''})")

        start = time.monotonic()
        diffs = compare_images(engine, legacy_image, migrated_image, scratch, label=shim.label)
        timings["compare"] = time.monotonic() - start
        status = "equivalent" if not diffs else "different"
        say(
            f"compared in {timings['compare']:.1f} s: {status}"
            + (f" ({len(diffs)} difference{'s' if len(diffs) != 1 else ''})" if diffs else "")
        )
        if measure:
            legacy_cost = _cached_run(
                engine, scratch, repo, "legacy", token, entry_cwd, entrypoint, None, legacy_cost, timeout, say
            )
            migrated_cost = _cached_run(
                engine, scratch, repo, "migrated", token, entry_cwd, migrated_entry, result, migrated_cost, timeout, say
            )
            for phase, cost in (("legacy", legacy_cost), ("migrated", migrated_cost)):
                if cost.cached is not None:
                    timings[f"{phase}_cached"] = cost.cached
        return VerifyResult(
            str(path),
            status,
            engine.kind,
            migration=result,
            differences=tuple(diffs),
            legacy_image=legacy_image,
            migrated_image=migrated_image,
            timings=timings,
            sizes=sizes_dict(legacy_cost, migrated_cost),
        )
    finally:
        if shim is not None:
            say("cleaning up")
            _cleanup(engine, shim, before_images, before_containers)
        shutil.rmtree(scratch, ignore_errors=True)
