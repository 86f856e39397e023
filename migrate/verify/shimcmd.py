"""The `docker` orchestrators see under verify: forwards to the engine, no pulls or pushes, logs builds."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import NoReturn

# docker's global options that take a value (they come before the subcommand).
_GLOBAL_VALUE_OPTS = {
    "-H",
    "--host",
    "-c",
    "--context",
    "--config",
    "-l",
    "--log-level",
    "--tlscacert",
    "--tlscert",
    "--tlskey",
}
# `docker build` / `buildx build` options that take a value; every other option is a flag.
_BUILD_VALUE_OPTS = {
    "-f",
    "--file",
    "-t",
    "--tag",
    "--build-arg",
    "--target",
    "--label",
    "--iidfile",
    "--network",
    "--platform",
    "--cache-from",
    "--cache-to",
    "--build-context",
    "--secret",
    "--ssh",
    "-o",
    "--output",
    "--progress",
    "--add-host",
    "--cgroup-parent",
    "--cpu-period",
    "--cpu-quota",
    "--cpu-shares",
    "-c",
    "--cpuset-cpus",
    "--cpuset-mems",
    "-m",
    "--memory",
    "--memory-swap",
    "--shm-size",
    "--ulimit",
    "--isolation",
    "--security-opt",
    "--metadata-file",
    "--builder",
    "--attest",
    "--allow",
    "--annotation",
    "--call",
    "--sbom",
    "--provenance",
    "--format",
    "--layers",
    "--jobs",
}
_NOOP = {("push",), ("image", "push"), ("login",), ("logout",), ("buildx", "push")}
_PULL = {("pull",), ("image", "pull")}
_BUILD = {("build",), ("buildx", "build"), ("image", "build"), ("builder", "build"), ("buildx", "b")}
_CREATE = {("create",), ("container", "create"), ("run",), ("container", "run")}
_CP = {("cp",), ("container", "cp")}
_TAG = {("tag",), ("image", "tag")}


@dataclass(frozen=True)
class Command:
    """A docker command line split into its global options, subcommand words and the rest."""

    globals: tuple[str, ...]
    sub: tuple[str, ...]
    rest: tuple[str, ...]


def split_command(args: Sequence[str]) -> Command:
    i = 0
    glob: list[str] = []
    while i < len(args) and args[i].startswith("-"):
        opt = args[i]
        glob.append(opt)
        if opt in _GLOBAL_VALUE_OPTS and i + 1 < len(args):
            glob.append(args[i + 1])
            i += 1
        i += 1
    rest = list(args[i:])
    sub: list[str] = rest[:1]
    if sub and sub[0] in ("buildx", "image", "container", "builder") and len(rest) > 1:
        sub.append(rest[1])
    return Command(tuple(glob), tuple(sub), tuple(rest[len(sub) :]))


@dataclass
class BuildArgs:
    """What the shim needs to know about a build: its Dockerfile, context, tags and iidfile."""

    options: list[str] = field(default_factory=list)  # the options to pass on (rewritten)
    positional: list[str] = field(default_factory=list)
    dockerfile: str | None = None
    tags: list[str] = field(default_factory=list)
    build_args: dict[str, str] = field(default_factory=dict)
    iidfile: str | None = None
    has_format: bool = False


def parse_build(rest: Sequence[str]) -> BuildArgs:
    """Split build options, dropping `--pull` (Docker: always pull) and `--push`."""
    out = BuildArgs()
    i = 0
    while i < len(rest):
        arg = rest[i]
        if arg == "--":
            out.positional.extend(rest[i + 1 :])
            break
        if not arg.startswith("-") or arg == "-":
            out.positional.append(arg)
            i += 1
            continue
        name, eq, value = arg.partition("=")
        if name in ("--pull", "--push"):
            i += 1
            continue
        if name in _BUILD_VALUE_OPTS and not eq:
            if i + 1 >= len(rest):
                out.options.append(arg)
                break
            value = rest[i + 1]
            i += 1
        if name in ("-f", "--file"):
            out.dockerfile = value
        elif name in ("-t", "--tag"):
            out.tags.append(value)
        elif name == "--build-arg":
            key, _, val = value.partition("=")
            out.build_args[key] = val if _ else os.environ.get(key, "")
        elif name == "--iidfile":
            out.iidfile = value
        elif name == "--format":
            out.has_format = True
        out.options.extend([name, value] if name in _BUILD_VALUE_OPTS else [arg])
        i += 1
    return out


def _logical_lines(text: str) -> list[str]:
    lines: list[str] = []
    pending = ""
    for raw in text.splitlines():
        stripped = raw.strip()
        if not pending and (not stripped or stripped.startswith("#")):
            continue
        if pending and stripped.startswith("#"):
            continue
        if stripped.endswith("\\"):
            pending += stripped[:-1] + " "
            continue
        lines.append(pending + stripped)
        pending = ""
    if pending:
        lines.append(pending)
    return lines


_VAR = re.compile(r"\$\{(\w+)(?::?[-+][^}]*)?\}|\$(\w+)")


def base_images(text: str, build_args: dict[str, str] | None = None) -> list[str]:
    """The external images a Dockerfile's FROM lines name: no stages, no `scratch`, no unresolved ARGs."""
    args: dict[str, str] = {}
    stages: set[str] = set()
    images: list[str] = []
    seen_from = False
    for line in _logical_lines(text):
        word, _, tail = line.partition(" ")
        word = word.upper()
        if word == "ARG" and not seen_from:
            for decl in tail.split():
                key, eq, val = decl.partition("=")
                args[key] = (build_args or {}).get(key, val.strip("\"'") if eq else "")
        if word != "FROM":
            continue
        seen_from = True
        parts = [p for p in tail.split() if not p.startswith("--")]
        if not parts:
            continue
        image = _VAR.sub(lambda m: args.get(m.group(1) or m.group(2), "$?"), parts[0])
        if len(parts) >= 3 and parts[1].lower() == "as":
            stages.add(parts[2].lower())
        if "$" in image or image.lower() == "scratch" or image.lower() in stages:
            continue
        images.append(image)
    return list(dict.fromkeys(images))


class Shim:
    """One invocation of the shim, configured by the JSON file verify wrote next to it."""

    def __init__(self, config: dict[str, object]) -> None:
        self.kind = str(config["kind"])
        argv = config["argv"]
        env = config["env"]
        assert isinstance(argv, list) and isinstance(env, dict)
        self.argv = [str(a) for a in argv]
        self.env = {**os.environ, **{str(k): str(v) for k, v in env.items()}}
        self.log = Path(str(config["log"]))
        self.label = str(config["label"])
        self.phase = str(config.get("phase", ""))
        self.no_cache = bool(config.get("no_cache", False))

    def record(self, event: str, **data: object) -> None:
        line = json.dumps({"event": event, "phase": self.phase, "time": time.time(), **data})
        with self.log.open("a", encoding="utf-8") as fh:
            fh.write(line + "\n")

    def say(self, msg: str) -> None:
        sys.stderr.write(f"docker (verify): {msg}\n")
        sys.stderr.flush()

    def engine(self, *args: str, capture: bool = False) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [*self.argv, *args],
            env=self.env,
            text=True,
            check=False,
            stdin=subprocess.DEVNULL,
            capture_output=capture,
        )

    def exists(self, ref: str) -> bool:
        return self.engine("image", "inspect", "--format", "{{.Id}}", ref, capture=True).returncode == 0

    def exec(self, args: Sequence[str]) -> NoReturn:
        os.execvpe(self.argv[0], [*self.argv, *args], self.env)

    def main(self, args: Sequence[str]) -> int:
        cmd = split_command(args)
        glob = cmd.globals if self.kind == "docker" else ()  # docker's -H/--context mean nothing to podman
        if cmd.sub in _NOOP:
            self.record("skipped", argv=list(args))
            self.say(f"`docker {' '.join(cmd.sub)}` skipped: verify never talks to a registry")
            return 0
        if cmd.sub in _PULL:
            refs = [a for a in cmd.rest if not a.startswith("-")]
            missing = [r for r in refs if not self.exists(r)]
            if missing:
                self.record("missing-image", images=missing)
                self.say(f"image not in the local store, and verify never pulls: {', '.join(missing)}")
                return 1
            return 0
        if cmd.sub in _BUILD:
            return self.build(glob, cmd)
        if cmd.sub in _TAG and len(cmd.rest) >= 2:
            target = cmd.rest[-1]
            self.record("tag", tags=[target], preexisting=[self.exists(target)])
            return self.exec([*glob, *cmd.sub, *cmd.rest])
        if cmd.sub in _CREATE:
            extra = ["--pull=never", "--label", self.label]
            if self.kind == "podman" and not any(a.startswith("--health") for a in cmd.rest):
                extra.append("--no-healthcheck")  # podman would try to set up systemd timers
            return self.exec([*glob, *cmd.sub, *extra, *cmd.rest])
        if cmd.sub in _CP and self.kind == "podman":
            # podman cp has no -L and always follows a source symlink
            rest = [a for a in cmd.rest if a not in ("-L", "--follow-link")]
            return self.exec([*cmd.sub, *rest])
        return self.exec([*glob, *cmd.sub, *cmd.rest])

    def build(self, glob: Sequence[str], cmd: Command) -> int:
        parsed = parse_build(cmd.rest)
        missing = self._missing_bases(parsed)
        if missing:
            self.record("missing-image", images=missing)
            self.say(f"base image not in the local store, and verify never pulls: {', '.join(missing)}")
            return 1
        preexisting = [self.exists(t) for t in parsed.tags]
        options = list(parsed.options)
        fd, own_iid = tempfile.mkstemp(prefix="iid.", dir=self.log.parent)
        os.close(fd)
        if parsed.iidfile is None:
            options += ["--iidfile", own_iid]
        if self.no_cache and "--no-cache" not in options:
            options.append("--no-cache")
        sub: tuple[str, ...] = cmd.sub
        if self.kind == "podman":
            sub = ("build",)
            options.append("--pull=never")
            if not parsed.has_format:
                options += ["--format", "docker"]  # OCI drops HEALTHCHECK, SHELL and ONBUILD
        elif sub[0] == "buildx" and not any(o in ("-o", "--output") for o in options):
            options.append("--load")  # a buildx builder may not load into the image store by itself
        argv = [*self.argv, *glob, *sub, *options, *parsed.positional]
        sent = self._context_bytes(parsed)
        start = time.monotonic()
        proc = subprocess.run(argv, env=self.env, check=False)
        seconds = time.monotonic() - start
        iid_path = Path(parsed.iidfile or own_iid)
        image = iid_path.read_text().strip() if proc.returncode == 0 and iid_path.exists() else None
        Path(own_iid).unlink(missing_ok=True)
        self.record(
            "build",
            argv=list(cmd.rest),
            cwd=os.getcwd(),
            rc=proc.returncode,
            image=image,
            tags=parsed.tags,
            preexisting=preexisting,
            dockerfile=parsed.dockerfile or "Dockerfile",
            context_bytes=sent,
            seconds=round(seconds, 3),
        )
        return proc.returncode

    def _context_bytes(self, parsed: BuildArgs) -> int | None:
        """The bytes of the build's local context after its ignore rules; None for no context or a URL."""
        context = parsed.positional[0] if parsed.positional else "."
        if context == "-" or re.match(r"^[a-z]+://|^git@", context) or not Path(context).is_dir():
            return None
        from migrate.verify.sizes import context_bytes

        dockerfile = Path(parsed.dockerfile) if parsed.dockerfile and parsed.dockerfile != "-" else None
        return context_bytes(Path(context), dockerfile or Path(context) / "Dockerfile")

    def _missing_bases(self, parsed: BuildArgs) -> list[str]:
        context = parsed.positional[0] if parsed.positional else "."
        if context == "-" or parsed.dockerfile == "-" or re.match(r"^[a-z]+://|^git@", context):
            return []
        dockerfile = Path(parsed.dockerfile) if parsed.dockerfile else Path(context) / "Dockerfile"
        try:
            text = dockerfile.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return []  # the engine reports a missing Dockerfile itself
        return [img for img in base_images(text, parsed.build_args) if not self.exists(img)]


def main(argv: Sequence[str]) -> int:
    """argv: the config file, then the docker arguments."""
    if not argv:
        sys.stderr.write("usage: shim CONFIG [docker args...]\n")
        return 2
    config = json.loads(Path(argv[0]).read_text(encoding="utf-8"))
    return Shim(config).main(list(argv[1:]))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
