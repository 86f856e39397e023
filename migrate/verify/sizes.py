"""What each setup costs: the final image's size and layers, the builder images the flow left tagged, the bytes
each build sent as context, and the build times cold and cached; as text, a JSON value and a markdown table.

The JSON value (`sizes_dict`) is what `migrate verify --format json` prints under `sizes`, and what
`migrate run --format markdown --verify-report FILE` reads back to put the table in the pull-request report."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from migrate.verify.engine import Engine, EngineError
from migrate.verify.shim import Shim

SIDES = ("legacy", "migrated")


@dataclass(frozen=True)
class BuildCost:
    """One `docker build` the flow ran: its Dockerfile, the bytes its context held after .dockerignore, seconds."""

    dockerfile: str
    context_bytes: int
    seconds: float


@dataclass(frozen=True)
class TaggedImage:
    """An image the flow built and left tagged besides its final image (the legacy builder image)."""

    ref: str
    size: int


@dataclass(frozen=True)
class FlowCost:
    """One side of the comparison."""

    image_size: int
    layers: int
    builds: tuple[BuildCost, ...] = ()
    left_tagged: tuple[TaggedImage, ...] = ()
    cold: float | None = None  # seconds for the whole flow, every build with --no-cache
    cached: float | None = None  # seconds for the whole flow again, with the layer cache the cold run left

    @property
    def context_bytes(self) -> int:
        return sum(b.context_bytes for b in self.builds)

    @property
    def left_bytes(self) -> int:
        return sum(t.size for t in self.left_tagged)


def context_bytes(context: Path, dockerfile: Path | None) -> int:
    """The bytes of the files a build sends as its context: every regular file below `context` that the
    `<Dockerfile>.dockerignore` (else the context's `.dockerignore`) does not exclude. Links count as links."""
    from migrate.plan.dockerignore import Rule, excluded, parse_ignore

    rules: list[Rule] = []
    for candidate in (Path(f"{dockerfile}.dockerignore") if dockerfile else None, context / ".dockerignore"):
        if candidate is not None and candidate.is_file():
            rules = parse_ignore(candidate.read_text(encoding="utf-8", errors="replace"))
            break
    total = 0
    prune = bool(rules) and not any(r.negate for r in rules)  # with a `!x` rule an excluded directory is walked
    for dirpath, dirnames, filenames in os.walk(context):
        rel_dir = os.path.relpath(dirpath, context)
        prefix = "" if rel_dir == "." else rel_dir.replace(os.sep, "/") + "/"
        if prune:
            dirnames[:] = [d for d in dirnames if not excluded(rules, prefix + d)]
        for name in filenames:
            if rules and excluded(rules, prefix + name):
                continue
            try:
                total += os.lstat(os.path.join(dirpath, name)).st_size
            except OSError:
                continue
    return total


def _size_and_layers(engine: Engine, ref: str) -> tuple[int, int]:
    data = engine.inspect_image(ref)
    size = data.get("Size")
    rootfs = data.get("RootFS")
    layers = rootfs.get("Layers") if isinstance(rootfs, dict) else None
    return (size if isinstance(size, int) else 0, len(layers) if isinstance(layers, list) else 0)


def _image_id(engine: Engine, ref: str) -> str | None:
    proc = engine.run("image", "inspect", "--format", "{{.Id}}", ref, check=False, timeout=60)
    return proc.stdout.strip() if proc.returncode == 0 else None


def flow_cost(engine: Engine, shim: Shim, phase: str, image: str, cold: float | None = None) -> FlowCost:
    """The cost of the flow just run in `phase` (call it before another flow re-tags anything)."""
    size, layers = _size_and_layers(engine, image)
    builds: list[BuildCost] = []
    tags: list[str] = []
    for event in shim.events(phase):
        if event.event != "build" or not event.ok:
            continue
        cost = event.data.get("context_bytes")
        seconds = event.data.get("seconds")
        dockerfile = event.data.get("dockerfile")
        builds.append(
            BuildCost(
                str(dockerfile) if dockerfile else "Dockerfile",
                cost if isinstance(cost, int) else 0,
                float(seconds) if isinstance(seconds, (int, float)) else 0.0,
            )
        )
        pre = event.data.get("preexisting")
        flags = pre if isinstance(pre, list) else []
        tags += [t for i, t in enumerate(event.strings("tags")) if not (flags[i] if i < len(flags) else False)]
    final = _image_id(engine, image)
    left: list[TaggedImage] = []
    for tag in dict.fromkeys(tags):
        found = _image_id(engine, tag)
        if found is None or found == final:
            continue
        try:
            left.append(TaggedImage(tag, _size_and_layers(engine, tag)[0]))
        except EngineError:
            continue
    return FlowCost(size, layers, tuple(builds), tuple(left), cold=cold)


# -- rendering ------------------------------------------------------------------------------------------------


def cost_dict(cost: FlowCost) -> dict[str, object]:
    return {
        "image_bytes": cost.image_size,
        "layers": cost.layers,
        "left_tagged": [{"ref": t.ref, "bytes": t.size} for t in cost.left_tagged],
        "left_tagged_bytes": cost.left_bytes,
        "context_bytes": cost.context_bytes,
        "builds": [
            {"dockerfile": b.dockerfile, "context_bytes": b.context_bytes, "seconds": round(b.seconds, 3)}
            for b in cost.builds
        ],
        "seconds_cold": None if cost.cold is None else round(cost.cold, 3),
        "seconds_cached": None if cost.cached is None else round(cost.cached, 3),
    }


def sizes_dict(legacy: FlowCost, migrated: FlowCost) -> dict[str, object]:
    return {"legacy": cost_dict(legacy), "migrated": cost_dict(migrated)}


def human_bytes(n: object) -> str:
    if not isinstance(n, int):
        return "-"
    value = float(n)
    for unit in ("B", "kB", "MB", "GB"):
        if value < 1000 or unit == "GB":
            return f"{value:.0f} {unit}" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1000
    return f"{n} B"


def _seconds(value: object) -> str:
    return f"{value:.1f} s" if isinstance(value, (int, float)) else "-"


def _left(side: Mapping[str, object]) -> str:
    left = side.get("left_tagged")
    if not isinstance(left, list) or not left:
        return "none"
    refs = ", ".join(f"`{t['ref']}`" for t in left if isinstance(t, dict))
    return f"{human_bytes(side.get('left_tagged_bytes'))} ({refs})"


def rows(sizes: Mapping[str, object]) -> list[tuple[str, str, str]]:
    """(what, legacy, migrated) for each line of the table, from `sizes_dict`'s value (or its JSON)."""
    sides = [sizes.get(s) for s in SIDES]
    legacy, migrated = (s if isinstance(s, dict) else {} for s in sides)

    def builds(side: Mapping[str, object]) -> str:
        value = side.get("builds")
        return str(len(value)) if isinstance(value, list) else "-"

    return [
        ("final image", human_bytes(legacy.get("image_bytes")), human_bytes(migrated.get("image_bytes"))),
        ("layers", str(legacy.get("layers", "-")), str(migrated.get("layers", "-"))),
        ("builder image left tagged", _left(legacy), _left(migrated)),
        ("builds", builds(legacy), builds(migrated)),
        ("context sent", human_bytes(legacy.get("context_bytes")), human_bytes(migrated.get("context_bytes"))),
        ("build time, cold", _seconds(legacy.get("seconds_cold")), _seconds(migrated.get("seconds_cold"))),
        ("build time, cached", _seconds(legacy.get("seconds_cached")), _seconds(migrated.get("seconds_cached"))),
    ]


def sizes_text(sizes: Mapping[str, object]) -> str:
    table = rows(sizes)
    width = max(len(r[0]) for r in table)
    col = max(len("legacy"), *(len(r[1]) for r in table))
    lines = [f"{'':<{width}}  {'legacy':<{col}}  migrated"]
    lines += [f"{what:<{width}}  {a:<{col}}  {b}" for what, a, b in table]
    return "\n".join(lines) + "\n"


def sizes_markdown(sizes: Mapping[str, object]) -> str:
    lines = ["| | legacy | migrated |", "|---|---|---|"]
    lines += [f"| {what} | {a} | {b} |" for what, a, b in rows(sizes)]
    return "\n".join(lines) + "\n"
