"""`--probe`: ask the builder image what the files cannot say, then plan with the answers.

Where planning stops (or assumes) only for want of a fact the builder image holds, the builder stage is built
with the engine (never pulling unless asked), the image is inspected (its config's user, workdir, entrypoint
and cmd; the kind of each extracted path) and the repository is planned again with those answers
(plan/facts.py). The probe's images and containers are removed afterwards; the repository is only read."""

from __future__ import annotations

import contextlib
import posixpath
import subprocess
import tarfile
import tempfile
import uuid
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from migrate.config import Config
from migrate.diagnostics import Diagnostic
from migrate.outcome import FlowInfo, Outcome, RepoResult
from migrate.pipeline import migrate_repo
from migrate.plan.facts import BuilderKey, Facts, ImageConfig, norm_path
from migrate.verify.engine import BaseImageMissing, Engine, EngineError, detect_engine
from migrate.verify.shimcmd import base_images

# Blockers a probed answer may lift: ADD of an extracted path (MIG303), a renamed artifact copied into a
# directory (MIG311). A repository blocked by anything else is not probed: no answer would migrate it.
FACT_CODES = frozenset({"MIG303", "MIG311"})
LABEL = "io.dockerfile-migrate.probe"
Say = Callable[[str], None]


@dataclass(frozen=True)
class Question:
    """One builder build to probe, and the container paths whose kind planning may need."""

    key: BuilderKey
    context: str
    build_args: tuple[tuple[str, str], ...]
    paths: tuple[str, ...]


class ProbeRefused(EngineError):
    """This builder cannot be built as the flow builds it (an unknown build argument, no context)."""


def worth_probing(result: RepoResult) -> bool:
    """A migration (whose assumptions the builder image may contradict), or one blocked only where an answer
    may decide."""
    if result.outcome is Outcome.MIGRATED:
        return True
    return result.outcome is Outcome.BLOCKED and all(d.code in FACT_CODES for d in result.blockers)


def questions(flows: tuple[FlowInfo, ...]) -> list[Question]:
    """Every builder of the traced flows with the container paths its flow extracts."""
    found: dict[BuilderKey, Question] = {}
    for flow in flows:
        paths = tuple(dict.fromkeys(norm_path(a.container_path) for a in flow.artifacts))
        for b in flow.builds:
            if b.role != "builder" or b.dockerfile is None:
                continue
            key = BuilderKey(b.dockerfile, b.target)
            args = tuple((name, value) for name, _, value in (a.partition("=") for a in b.build_args))
            old = found.get(key)
            merged = tuple(dict.fromkeys((*old.paths, *paths))) if old else paths
            found[key] = Question(key, b.context or "", args, merged)
    return list(found.values())


KINDS_LIMIT = 20000  # paths read below one extracted directory; more are left unknown


def _kinds(engine: Engine, container: str, path: str) -> dict[str, str]:
    """file, dir, symlink or missing for `path` and every path below it: the members of `cp CONTAINER:PATH -`
    (a tar of the path itself, named by its last component). A source symlink is followed (docker: -L; podman
    always does), as COPY --from follows it; links inside a directory stay links, as they do for COPY."""
    follow = ["-L"] if engine.kind == "docker" else []
    proc = subprocess.Popen(
        [*engine.argv, "cp", *follow, f"{container}:{path}", "-"],
        env=engine.environ(),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )
    parent = posixpath.dirname(norm_path(path))
    found: dict[str, str] = {}
    try:
        assert proc.stdout is not None
        with contextlib.suppress(tarfile.TarError), tarfile.open(fileobj=proc.stdout, mode="r|") as tar:
            for member in tar:
                kind = "dir" if member.isdir() else "symlink" if member.issym() else "file"
                found[norm_path(posixpath.join(parent, member.name))] = kind
                if len(found) >= KINDS_LIMIT:
                    break
    finally:
        proc.kill()
        proc.wait()
    return found or {norm_path(path): "missing"}


def _config(data: dict[str, object]) -> ImageConfig:
    raw = data.get("Config")
    config = raw if isinstance(raw, dict) else {}

    def argv(value: object) -> tuple[str, ...] | None:
        return tuple(str(v) for v in value) if isinstance(value, list) and value else None

    return ImageConfig(
        user=str(config.get("User") or ""),
        workdir=str(config.get("WorkingDir") or ""),
        entrypoint=argv(config.get("Entrypoint")),
        cmd=argv(config.get("Cmd")),
    )


def probe_builder(engine: Engine, root: Path, q: Question, *, pull: bool = False) -> tuple[ImageConfig, dict[str, str]]:
    """Build the builder stage as the flow builds it, read its config and the kind of each path and of every path
    below it; remove it all.

    Raises BaseImageMissing (nothing is pulled unless `pull`), ProbeRefused, or EngineError."""
    if any("$" in v or not k for k, v in q.build_args):
        raise ProbeRefused("a build argument's value is not known")
    if not q.context:
        raise ProbeRefused("the builder is built without a context")
    dockerfile = root / q.key.dockerfile
    args = dict(q.build_args)
    text = dockerfile.read_text(encoding="utf-8", errors="replace")
    if not pull:
        missing = [img for img in base_images(text, args) if not engine.image_exists(img)]
        if missing:
            raise BaseImageMissing(missing, engine.load_hint())
    label = f"{LABEL}={uuid.uuid4().hex[:12]}"
    with tempfile.TemporaryDirectory(prefix="migrate-probe-") as scratch:
        iid = Path(scratch) / "iid"
        cmd = ["build", "-f", str(dockerfile), "--iidfile", str(iid), "--force-rm", "--label", label]
        if q.key.target:
            cmd += ["--target", q.key.target]
        for k, v in q.build_args:
            cmd += ["--build-arg", f"{k}={v}"]
        if engine.kind == "podman":  # no intermediate images to leave behind; never pull unless asked
            cmd += ["--layers=false", "--format", "docker", "--pull=missing" if pull else "--pull=never"]
        before = engine.image_ids()
        engine.run(*cmd, str(root / q.context), timeout=1800)
        image = iid.read_text().strip()
    try:
        config = _config(engine.inspect_image(image))
        cid = engine.run("create", *engine.no_pull(), "--label", label, image, "true").stdout.strip()
        try:
            kinds = {found: kind for path in q.paths for found, kind in _kinds(engine, cid, path).items()}
        finally:
            engine.remove_containers([cid])
    finally:
        if image not in before and f"sha256:{image}" not in before:  # a cache hit may be someone's image
            engine.remove_images([image], force=True)
    return config, kinds


def _note(message: str, path: str | None = None) -> Diagnostic:
    return Diagnostic("MIG006", message, path, 1 if path else None, 1 if path else None)


def migrate_probed(
    root: Path,
    config: Config | None = None,
    *,
    engine: Engine | None = None,
    pull: bool = False,
    say: Say | None = None,
    detect: Callable[[], Engine] = detect_engine,
) -> RepoResult:
    """`migrate_repo` with `--probe`: plan; where an answer from a builder image may matter, probe and plan again.

    Without an engine (or when a builder cannot be built) the plan is the one without answers, with a MIG006
    note saying why."""
    first = migrate_repo(root, config)
    asked = questions(first.flows) if worth_probing(first) else []
    if not asked:
        return first
    if engine is None:
        try:
            engine = detect()
        except EngineError as exc:
            note = _note(f"--probe: no usable container engine: {exc}")
            return replace(first, diagnostics=(*first.diagnostics, note))
    kinds: dict[tuple[BuilderKey, str], str] = {}
    configs: dict[BuilderKey, ImageConfig] = {}
    notes: list[Diagnostic] = []
    for q in asked:
        if say is not None:
            say(f"probe: building the builder {describe(q)} with {engine.kind}")
        try:
            image_config, found = probe_builder(engine, root, q, pull=pull)
        except (EngineError, OSError, subprocess.SubprocessError) as exc:
            reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            notes.append(_note(f"--probe: the builder was not probed: {reason}", q.key.dockerfile))
            continue
        configs[q.key] = image_config
        kinds.update(((q.key, path), kind) for path, kind in found.items())
    if not configs:
        return replace(first, diagnostics=(*first.diagnostics, *notes))
    second = migrate_repo(root, config, Facts(kinds, configs))
    return replace(second, diagnostics=(*second.diagnostics, *notes))


def describe(q: Question) -> str:
    """How a question reads in a progress line."""
    target = f" --target {q.key.target}" if q.key.target else ""
    return f"{posixpath.normpath(q.key.dockerfile)}{target}"
