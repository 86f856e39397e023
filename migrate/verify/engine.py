"""Choose and drive the container engine: a Docker daemon if one answers, else podman as the user configured it
(its own store and containers.conf), or podman on an isolated store when one is asked for."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import tempfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

# The isolated store only (--store, $MIGRATE_ENGINE_STORE): lowered ulimits, and runc where it is installed (in
# containers without CAP_SYS_RESOURCE crun cannot set rlimits and rejects a hybrid cgroup layout). Where runc is
# not installed (crun is the default on Fedora and RHEL) the runtime is left to podman.
CONTAINERS_CONF_BASE = """\
[containers]
default_ulimits = ["nofile=1024:1024", "nproc=1024:1024"]
"""
RUNC = """
[engine]
runtime = "runc"
"""
CONTAINERS_CONF = CONTAINERS_CONF_BASE + RUNC


def containers_conf(runc_installed: bool) -> str:
    """The containers.conf of the isolated store."""
    return CONTAINERS_CONF_BASE + (RUNC if runc_installed else "")


STORE_ENV = "MIGRATE_ENGINE_STORE"
ENGINE_ENV = "MIGRATE_ENGINE"
KINDS = ("docker", "podman")


class EngineError(RuntimeError):
    """The engine could not do what was asked."""


class EngineUnavailable(EngineError):
    """No usable container engine."""


class BaseImageMissing(EngineError):
    """Images a build starts FROM are not in the engine's local store (nothing is ever pulled)."""

    def __init__(self, images: Sequence[str], hint: str) -> None:
        self.images = tuple(dict.fromkeys(images))
        self.hint = hint
        names = ", ".join(self.images)
        super().__init__(f"base image not in the local store (nothing is pulled): {names}\n{hint}")


@dataclass(frozen=True)
class Engine:
    """How to call the engine: the command prefix, extra environment, and (podman) the isolated store."""

    kind: str  # "docker" or "podman"
    argv: tuple[str, ...]
    env: Mapping[str, str] = field(default_factory=dict)
    store: Path | None = None
    runroot: Path | None = None  # podman's run state (short path: podman refuses runroots over 50 characters)
    buildah: tuple[str, ...] | None = None  # podman only: buildah on the same store, for docker-format config
    # what verify adds to the engine as the user configured it, said on stderr before it starts
    changes: tuple[str, ...] = ()

    def environ(self, base: Mapping[str, str] | None = None) -> dict[str, str]:
        out = dict(os.environ if base is None else base)
        out.update(self.env)
        return out

    def run(
        self,
        *args: str,
        check: bool = True,
        timeout: float = 300,
        stdout: int | None = subprocess.PIPE,
    ) -> subprocess.CompletedProcess[str]:
        """Run one engine command; stdin is closed. `check`: raise EngineError with the stderr on failure."""
        proc = subprocess.run(
            [*self.argv, *args],
            env=self.environ(),
            stdin=subprocess.DEVNULL,
            stdout=stdout,
            stderr=subprocess.PIPE,
            text=True,
            timeout=timeout,
            check=False,
        )
        if check and proc.returncode != 0:
            raise EngineError(f"{self.kind} {' '.join(args)}: exit {proc.returncode}: {proc.stderr.strip()}")
        return proc

    def no_pull(self) -> tuple[str, ...]:
        """The option that forbids pulling in `build`, `create` and `run`."""
        return ("--pull=never",) if self.kind == "podman" else ()

    def image_exists(self, ref: str) -> bool:
        proc = self.run("image", "inspect", "--format", "{{.Id}}", ref, check=False, timeout=60)
        return proc.returncode == 0

    def image_ids(self) -> set[str]:
        out = self.run("images", "-a", "-q", "--no-trunc").stdout
        return {_norm_id(line) for line in out.split() if line.strip()}

    def container_ids(self, label: str | None = None) -> set[str]:
        """All containers; podman's include buildah's build containers (`--external`)."""
        args = ["ps", "-a", "-q", "--no-trunc"]
        if self.kind == "podman" and label is None:
            args.append("--external")
        if label is not None:
            args += ["--filter", f"label={label}"]
        out = self.run(*args).stdout
        return {line.strip() for line in out.split() if line.strip()}

    def remove_containers(self, ids: Sequence[str]) -> None:
        if ids:
            self.run("rm", "-f", *ids, check=False, timeout=120)

    def remove_images(self, refs: Sequence[str], *, force: bool = False) -> list[str]:
        """Untag or delete each ref, children before parents; returns the refs that could not be removed."""
        left = list(dict.fromkeys(refs))
        while left:
            failed = [
                r
                for r in left
                if self.run("rmi", *(["-f"] if force else []), r, check=False, timeout=120).returncode != 0
            ]
            failed = [r for r in failed if self.image_exists(r)]
            if len(failed) == len(left):
                break
            left = failed
        return left

    def inspect_image(self, ref: str) -> dict[str, object]:
        data = json.loads(self.run("image", "inspect", ref).stdout)
        if not isinstance(data, list) or not data or not isinstance(data[0], dict):
            raise EngineError(f"unexpected `image inspect` output for {ref}")
        return data[0]

    def load_hint(self) -> str:
        """How a person puts a missing image into the store this engine reads."""
        prefix = " ".join(self.argv)
        if self.kind == "podman":
            return (
                f"Load it into the store verify uses (set {STORE_ENV} to choose another):\n"
                f"  {prefix} load -i IMAGE.tar    (or `{prefix} pull IMAGE` where a registry is reachable)"
            )
        return f"Load it into the Docker daemon first: `{prefix} load -i IMAGE.tar` or `{prefix} pull IMAGE`."


def _norm_id(raw: str) -> str:
    raw = raw.strip()
    return raw if raw.startswith("sha256:") else f"sha256:{raw}"


def default_store() -> Path:
    """A place for an isolated podman store: $MIGRATE_ENGINE_STORE, else a per-user cache directory."""
    env = os.environ.get(STORE_ENV)
    if env:
        return Path(env).expanduser().resolve()
    cache = os.environ.get("XDG_CACHE_HOME")
    if cache:
        return Path(cache) / "dockerfile-migrate" / "engine"
    home = Path.home()
    if home.is_dir() and os.access(home, os.W_OK):
        return home / ".cache" / "dockerfile-migrate" / "engine"
    return Path(tempfile.gettempdir()) / f"dockerfile-migrate-engine-{os.getuid()}"


def _runroot(root: Path) -> Path:
    """`root/runroot`, or a short per-store path under /tmp when that is over podman's 50-character limit."""
    inside = root / "runroot"
    if len(str(inside)) <= 50:
        return inside
    digest = hashlib.sha256(str(root).encode()).hexdigest()[:12]
    base = Path("/tmp") if os.access("/tmp", os.W_OK) else Path(tempfile.gettempdir())
    return base / f"migrate-run-{os.getuid()}-{digest}"


def podman_engine(store: Path | None = None) -> Engine:
    """podman on an isolated vfs store with chroot isolation (nothing touches the user's store); without
    `store`, podman as the user configured it (see `user_podman_engine`)."""
    podman = shutil.which("podman")
    if podman is None:
        raise EngineUnavailable("podman is not installed (and no Docker daemon answers)")
    if store is None:
        return user_podman_engine(podman)
    root = store.resolve()
    (root / "storage").mkdir(parents=True, exist_ok=True)
    runroot = _runroot(root)
    runroot.mkdir(parents=True, exist_ok=True)
    conf = root / "containers.conf"
    wanted = containers_conf(shutil.which("runc") is not None)
    if not conf.exists() or conf.read_text() != wanted:
        conf.write_text(wanted)
    store_opts = ("--storage-driver", "vfs", "--root", str(root / "storage"), "--runroot", str(runroot))
    env = {
        "BUILDAH_ISOLATION": "chroot",  # RUN steps fail with the default OCI isolation here
        "BUILDAH_FORMAT": "docker",  # OCI drops HEALTHCHECK, SHELL and ONBUILD
        "CONTAINERS_CONF": str(conf),
    }
    buildah = shutil.which("buildah")
    return Engine(
        kind="podman",
        argv=(podman, *store_opts),
        env=env,
        store=root,
        runroot=runroot,
        buildah=(buildah, *store_opts) if buildah else None,
        changes=(
            f"podman on the isolated image store {root} (vfs, chroot isolation, its own containers.conf"
            + (", runtime runc" if "runc" in wanted else "")
            + "): your own images are not seen there",
        ),
    )


def user_podman_engine(podman: str) -> Engine:
    """podman with the user's own configuration, runtime and image store: the one thing verify adds is the
    docker image format, without which podman drops HEALTHCHECK, SHELL and ONBUILD and the comparison of the
    two images' configuration would miss them."""
    buildah = shutil.which("buildah")
    return Engine(
        kind="podman",
        argv=(podman,),
        env={"BUILDAH_FORMAT": "docker"},
        buildah=(buildah,) if buildah else None,
        changes=(
            "podman as configured, with its own image store; adds BUILDAH_FORMAT=docker (keeps HEALTHCHECK, "
            "SHELL and ONBUILD in the images it compares)",
        ),
    )


def requested_store(store: Path | None = None) -> Path | None:
    """The isolated store asked for: `store` (--store), else $MIGRATE_ENGINE_STORE, else None (the user's)."""
    if store is not None:
        return store.expanduser().resolve()
    env = os.environ.get(STORE_ENV)
    return Path(env).expanduser().resolve() if env else None


def _docker_daemon() -> str | None:
    """The docker CLI's path when a real Docker daemon answers `docker info`."""
    docker = shutil.which("docker")
    if docker is None:
        return None
    try:
        version = subprocess.run(
            [docker, "--version"], capture_output=True, text=True, timeout=15, stdin=subprocess.DEVNULL
        )
        if "podman" in version.stdout.lower():  # podman-docker's wrapper: use podman with our store instead
            return None
        info = subprocess.run([docker, "info"], capture_output=True, text=True, timeout=30, stdin=subprocess.DEVNULL)
    except (OSError, subprocess.TimeoutExpired):
        return None
    return docker if info.returncode == 0 else None


def check_usable(engine: Engine) -> None:
    """Raise EngineUnavailable unless the engine answers a trivial query."""
    try:
        proc = engine.run("info", check=False, timeout=60)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise EngineUnavailable(f"{engine.kind} does not answer: {exc}") from exc
    if proc.returncode != 0:
        raise EngineUnavailable(f"{engine.kind} does not work here: {proc.stderr.strip()[-500:]}")


def detect_engine(prefer: str | None = None, store: Path | None = None) -> Engine:
    """Docker when its daemon answers, else podman; `prefer` (or $MIGRATE_ENGINE) forces one."""
    prefer = prefer or os.environ.get(ENGINE_ENV) or None
    if prefer is not None and prefer not in KINDS:
        raise EngineUnavailable(f"unknown engine {prefer!r}: use one of {', '.join(KINDS)}")
    if prefer in (None, "docker"):
        docker = _docker_daemon()
        if docker is not None:
            return Engine(kind="docker", argv=(docker,))
        if prefer == "docker":
            raise EngineUnavailable("docker: no Docker daemon answers `docker info`")
    engine = podman_engine(requested_store(store))
    check_usable(engine)
    return engine
