"""Compare two images: every path's type, mode, owner, link target and content, plus the normalised config."""

from __future__ import annotations

import hashlib
import json
import subprocess
import tarfile
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import IO

from migrate.verify.engine import Engine

CONFIG_PATH = "<image config>"
ENGINE_LABELS = frozenset({"io.buildah.version"})  # added by the builder itself, not by the Dockerfile
CONFIG_FIELDS = (
    "User",
    "WorkingDir",
    "Entrypoint",
    "Cmd",
    "Env",
    "ExposedPorts",
    "Volumes",
    "Labels",
    "StopSignal",
    "Healthcheck",
    "Shell",
    "OnBuild",
)
FILE_FIELDS = ("type", "mode", "uid", "gid", "link", "device", "sha256")
_TYPES = {
    tarfile.REGTYPE: "file",
    tarfile.AREGTYPE: "file",
    tarfile.CONTTYPE: "file",
    tarfile.DIRTYPE: "dir",
    tarfile.SYMTYPE: "symlink",
    tarfile.LNKTYPE: "hardlink",
    tarfile.CHRTYPE: "char device",
    tarfile.BLKTYPE: "block device",
    tarfile.FIFOTYPE: "fifo",
}


@dataclass(frozen=True)
class Entry:
    """One path of an image's filesystem, without its timestamps."""

    type: str
    mode: int
    uid: int
    gid: int
    link: str | None = None  # symlink target
    device: str | None = None  # "major:minor" of a device node
    sha256: str | None = None  # regular files
    size: int = 0


@dataclass(frozen=True)
class Difference:
    """One way the migrated image differs from the legacy one."""

    path: str  # "/abs/path", or CONFIG_PATH
    field: str  # an Entry field, "present", or a config field such as "Env PATH"
    legacy: object
    migrated: object


def norm_path(name: str) -> str:
    """Tar member names (`./a/b/`, `a/b`) as absolute paths (`/a/b`)."""
    parts = [p for p in name.split("/") if p not in ("", ".")]
    return "/" + "/".join(parts)


def read_tar(source: Path | IO[bytes]) -> dict[str, Entry]:
    """Every path in a filesystem tar (as `docker export` writes it). Hard links take their target's entry."""
    entries: dict[str, Entry] = {}
    args: dict[str, object] = {"name": source} if isinstance(source, Path) else {"fileobj": source}
    with tarfile.open(mode="r:*", **args) as tar:  # type: ignore[call-overload]
        for member in tar:
            path = norm_path(member.name)
            kind = _TYPES.get(member.type, f"type {member.type!r}")
            if kind == "hardlink" and norm_path(member.linkname) in entries:
                target = entries[norm_path(member.linkname)]
                entries[path] = replace(target, mode=member.mode & 0o7777, uid=member.uid, gid=member.gid)
                continue
            digest = None
            if member.isreg():
                fh = tar.extractfile(member)
                sha = hashlib.sha256()
                if fh is not None:
                    for chunk in iter(lambda fh=fh: fh.read(1 << 20), b""):  # type: ignore[misc]
                        sha.update(chunk)
                digest = sha.hexdigest()
            entries[path] = Entry(
                type=kind,
                mode=member.mode & 0o7777,
                uid=member.uid,
                gid=member.gid,
                link=member.linkname if member.issym() or kind == "hardlink" else None,
                device=f"{member.devmajor}:{member.devminor}" if member.ischr() or member.isblk() else None,
                sha256=digest,
                size=member.size if member.isreg() else 0,
            )
    return entries


def compare_trees(legacy: Mapping[str, Entry], migrated: Mapping[str, Entry]) -> list[Difference]:
    """Differences path by path (sorted); a path present on one side only is one `present` difference."""
    diffs: list[Difference] = []
    for path in sorted(set(legacy) | set(migrated)):
        if path == "/":
            continue
        a, b = legacy.get(path), migrated.get(path)
        if a is None or b is None:
            diffs.append(Difference(path, "present", a is not None, b is not None))
            continue
        for name in FILE_FIELDS:
            va, vb = getattr(a, name), getattr(b, name)
            if va != vb:
                diffs.append(Difference(path, name, va, vb))
    return diffs


def _empty_to_none(value: object) -> object:
    return None if value in ([], {}, "", None) else value


def normalise_config(config: Mapping[str, object], extra: Mapping[str, object] | None = None) -> dict[str, object]:
    """The comparable part of an image config: [] / {} / "" count as None, engine labels are dropped.

    `extra` supplies Healthcheck, Shell and OnBuild where `config` lacks them (podman's OCI view)."""
    merged = dict(config)
    for key in ("Healthcheck", "Shell", "OnBuild"):
        if merged.get(key) is None and extra and extra.get(key) is not None:
            merged[key] = extra[key]
    out: dict[str, object] = {}
    for key in CONFIG_FIELDS:
        value = merged.get(key)
        if key == "Env" and isinstance(value, list):
            value = dict(str(v).partition("=")[::2] for v in value)
        elif key == "Labels" and isinstance(value, dict):
            value = {k: v for k, v in value.items() if k not in ENGINE_LABELS}
        elif key in ("ExposedPorts", "Volumes") and isinstance(value, dict):
            value = sorted(value)
        out[key] = _empty_to_none(value)
    return out


def compare_configs(legacy: Mapping[str, object], migrated: Mapping[str, object]) -> list[Difference]:
    """Differences between two normalised configs; Env and Labels are compared key by key."""
    diffs: list[Difference] = []
    for key in CONFIG_FIELDS:
        a, b = legacy.get(key), migrated.get(key)
        if key in ("Env", "Labels") and (isinstance(a, dict) or isinstance(b, dict)):
            da = a if isinstance(a, dict) else {}
            db = b if isinstance(b, dict) else {}
            for name in sorted(set(da) | set(db)):
                if da.get(name) != db.get(name):
                    diffs.append(Difference(CONFIG_PATH, f"{key} {name}", da.get(name), db.get(name)))
        elif a != b:
            diffs.append(Difference(CONFIG_PATH, key, a, b))
    return diffs


def _show(field: str, value: object) -> str:
    if value is None:
        return "(none)"
    if field == "mode" and isinstance(value, int):
        return f"{value:04o}"
    if field == "present":
        return "present" if value else "absent"
    return json.dumps(value) if isinstance(value, (list, dict)) else str(value)


def format_differences(diffs: Iterable[Difference]) -> str:
    """Text grouped path by path: the path, then one indented line per field."""
    lines: list[str] = []
    current: str | None = None
    for d in diffs:
        if d.path != current:
            current = d.path
            lines.append(d.path)
        if d.field == "present":
            side = "legacy" if d.legacy else "migrated"
            lines.append(f"    only in the {side} image")
            continue
        legacy, migrated = _show(d.field, d.legacy), _show(d.field, d.migrated)
        lines.append(f"    {d.field}: legacy {legacy}, migrated {migrated}")
    return "\n".join(lines) + ("\n" if lines else "")


def export_filesystem(engine: Engine, image: str, dest: Path, *, label: str) -> None:
    """create + export + rm: the image's flattened filesystem as a tar (the container is never started)."""
    extra = ["--no-healthcheck"] if engine.kind == "podman" else []
    cid = engine.run("create", *engine.no_pull(), "--label", label, *extra, image, "true").stdout.strip()
    try:
        engine.run("export", "-o", str(dest), cid, timeout=600)
    finally:
        engine.remove_containers([cid])


def image_config(engine: Engine, image: str) -> dict[str, object]:
    """The normalised config of an image (podman: docker-format fields from buildah's view)."""
    data = engine.inspect_image(image)
    config = data.get("Config")
    config = config if isinstance(config, dict) else {}
    extra: dict[str, object] = {}
    if engine.kind == "podman":
        if isinstance(data.get("Healthcheck"), dict):
            extra["Healthcheck"] = data["Healthcheck"]
        if engine.buildah is not None:
            view = json.loads(_buildah(engine, "inspect", "--type", "image", image))
            docker = view.get("Docker", {}).get("config") or {} if isinstance(view, dict) else {}
            extra.update({k: v for k, v in docker.items() if k in ("Healthcheck", "Shell", "OnBuild")})
    return normalise_config(config, extra)


def _buildah(engine: Engine, *args: str) -> str:
    """buildah on the engine's store (its view keeps HEALTHCHECK, SHELL and ONBUILD); "{}" on failure."""
    assert engine.buildah is not None
    proc = subprocess.run(
        [*engine.buildah, *args],
        env=engine.environ(),
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        timeout=120,
        check=False,
    )
    return proc.stdout if proc.returncode == 0 else "{}"


def compare_images(engine: Engine, legacy: str, migrated: str, scratch: Path, *, label: str) -> list[Difference]:
    """All differences between two images in the engine's store: filesystem first, then config."""
    if legacy == migrated:
        return []
    trees: list[dict[str, Entry]] = []
    for name, image in (("legacy", legacy), ("migrated", migrated)):
        tar_path = scratch / f"{name}-fs.tar"
        export_filesystem(engine, image, tar_path, label=label)
        trees.append(read_tar(tar_path))
        tar_path.unlink()
    diffs = compare_trees(trees[0], trees[1])
    diffs += compare_configs(image_config(engine, legacy), image_config(engine, migrated))
    return diffs
