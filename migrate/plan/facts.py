"""What the builder image knows and the files cannot say: answers `migrate run --probe` got from the engine.

Planning reads these answers only where a static reading must otherwise refuse or assume: whether an
extracted path is a file or a directory, and the builder image's USER (today assumed root). `UNKNOWN`, the
default, is today's behaviour. Answers are keyed by the builder build (its Dockerfile and target) and, for
paths, by the absolute path in the builder image; the probe (migrate/probe.py) fills them in."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import NamedTuple

_ROOT_USERS = {"", "root", "0", "0:0", "root:root", "root:0", "0:root"}


class BuilderKey(NamedTuple):
    """A builder build as the probe builds it: its Dockerfile (repository-relative) and `--target`."""

    dockerfile: str
    target: str | None = None


class ImageConfig(NamedTuple):
    """The parts of the builder image's config that planning may need."""

    user: str = ""
    workdir: str = ""
    entrypoint: tuple[str, ...] | None = None
    cmd: tuple[str, ...] | None = None

    @property
    def non_root(self) -> bool:
        return self.user.strip().lower() not in _ROOT_USERS


@dataclass(frozen=True)
class Facts:
    """Probed answers; a question without an answer is unknown (the static reading decides, as without
    `--probe`). `kinds`: (builder, absolute path) -> "file", "dir", "symlink" or "missing"."""

    kinds: Mapping[tuple[BuilderKey, str], str] = field(default_factory=dict)
    configs: Mapping[BuilderKey, ImageConfig] = field(default_factory=dict)

    def kind(self, dockerfile: str | None, target: str | None, path: str) -> str | None:
        if dockerfile is None:
            return None
        return self.kinds.get((BuilderKey(dockerfile, target), _norm(path)))

    def config(self, dockerfile: str | None, target: str | None) -> ImageConfig | None:
        if dockerfile is None:
            return None
        return self.configs.get(BuilderKey(dockerfile, target))

    def __bool__(self) -> bool:
        return bool(self.kinds or self.configs)


def _norm(path: str) -> str:
    parts = [p for p in path.split("/") if p not in ("", ".")]
    return "/" + "/".join(parts)


def norm_path(path: str) -> str:
    """An absolute container path without `.`, doubled or trailing slashes (how answers are keyed)."""
    return _norm(path)


UNKNOWN = Facts()
