"""Install the `docker` shim in a scratch bin directory; read back what the orchestrator built through it."""

from __future__ import annotations

import json
import os
import shlex
import sys
from dataclasses import dataclass
from pathlib import Path

import migrate
from migrate.verify.engine import Engine

LABEL_KEY = "io.dockerfile-migrate.verify"

# `sudo docker …` would leave the shim behind (sudo resets PATH) and may not be allowed at all in CI: run the
# command as is instead, so it reaches the docker shim; the engine needs no extra privilege.
SUDO_SHIM = """\
#!/bin/sh
# sudo, as seen by an orchestrator under `migrate verify`: runs the command without changing user
while [ $# -gt 0 ]; do
  case "$1" in
    -u|-g|-p|-C|-D|-h|-r|-t|-T|-U|--user|--group|--prompt) shift 2 ;;
    --) shift; break ;;
    -*) shift ;;
    *) break ;;
  esac
done
[ $# -gt 0 ] || exit 0
exec env "$@"
"""


@dataclass(frozen=True)
class ShimEvent:
    """One line of the shim's log."""

    event: str  # "build", "tag", "skipped", "missing-image"
    phase: str
    data: dict[str, object]

    @property
    def image(self) -> str | None:
        value = self.data.get("image")
        return value if isinstance(value, str) and value else None

    @property
    def ok(self) -> bool:
        return self.data.get("rc", 0) == 0

    def strings(self, key: str) -> list[str]:
        value = self.data.get(key)
        return [str(v) for v in value] if isinstance(value, list) else []


@dataclass(frozen=True)
class Shim:
    """A bin directory holding `docker`, and the log every invocation appends to."""

    bin_dir: Path
    log: Path
    label: str  # key=value put on every container the orchestrator creates

    def environ(self, base: dict[str, str] | None = None) -> dict[str, str]:
        """The orchestrator's environment: the shim first on PATH; DOCKER-style variables pointing at it."""
        env = dict(os.environ if base is None else base)
        env["PATH"] = f"{self.bin_dir}{os.pathsep}{env.get('PATH', os.defpath)}"
        for name in ("DOCKER", "DOCKER_CMD", "DOCKER_BIN", "DOCKER_CLI"):
            if name in env and Path(env[name]).name == "docker":
                env[name] = "docker"
        return env

    def events(self, phase: str | None = None) -> list[ShimEvent]:
        if not self.log.exists():
            return []
        out: list[ShimEvent] = []
        for line in self.log.read_text(encoding="utf-8").splitlines():
            try:
                data = json.loads(line)
            except json.JSONDecodeError:
                continue
            if not isinstance(data, dict):
                continue
            event = ShimEvent(str(data.get("event", "")), str(data.get("phase", "")), data)
            if phase is None or event.phase == phase:
                out.append(event)
        return out

    def last_image(self, phase: str) -> str | None:
        """The image of the last successful build in `phase`: the flow's final image."""
        for event in reversed(self.events(phase)):
            if event.event == "build" and event.ok and event.image:
                return event.image
        return None

    def missing_images(self) -> list[str]:
        found: list[str] = []
        for event in self.events():
            if event.event == "missing-image":
                found.extend(event.strings("images"))
        return list(dict.fromkeys(found))

    def created_refs(self) -> list[str]:
        """Tags the orchestrators created that did not exist before their first use (safe to untag)."""
        seen: dict[str, bool] = {}
        for event in self.events():
            if event.event not in ("build", "tag"):
                continue
            pre = event.data.get("preexisting")
            flags = pre if isinstance(pre, list) else []
            for i, tag in enumerate(event.strings("tags")):
                seen.setdefault(tag, bool(flags[i]) if i < len(flags) else True)
        return [tag for tag, pre in seen.items() if not pre]

    def built_images(self) -> list[str]:
        return list(dict.fromkeys(e.image for e in self.events() if e.event == "build" and e.image))


def install_shim(engine: Engine, scratch: Path, *, token: str, phase: str, no_cache: bool = False) -> Shim:
    """Write (or rewrite for a new phase) `scratch/bin/docker` forwarding to `engine`.

    `no_cache`: every build gets --no-cache (for timing cold builds)."""
    bin_dir = scratch / "bin"
    bin_dir.mkdir(parents=True, exist_ok=True)
    log = scratch / "shim-log.jsonl"
    label = f"{LABEL_KEY}={token}"
    config = scratch / "shim.json"
    config.write_text(
        json.dumps(
            {
                "kind": engine.kind,
                "argv": list(engine.argv),
                "env": dict(engine.env),
                "log": str(log),
                "label": label,
                "phase": phase,
                "no_cache": no_cache,
            },
            indent=1,
        ),
        encoding="utf-8",
    )
    package_root = Path(migrate.__file__).resolve().parent.parent
    loader = (
        "import sys; sys.path.insert(0, sys.argv[1]); "
        "from migrate.verify.shimcmd import main; sys.exit(main(sys.argv[2:]))"
    )
    script = bin_dir / "docker"
    script.write_text(
        "#!/bin/sh\n"
        "# docker, as seen by an orchestrator under `migrate verify`\n"
        f"exec {shlex.quote(sys.executable)} -E -s -c {shlex.quote(loader)} "
        f'{shlex.quote(str(package_root))} {shlex.quote(str(config))} "$@"\n',
        encoding="utf-8",
    )
    script.chmod(0o755)
    sudo = bin_dir / "sudo"
    sudo.write_text(SUDO_SHIM, encoding="utf-8")
    sudo.chmod(0o755)
    return Shim(bin_dir=bin_dir, log=log, label=label)
