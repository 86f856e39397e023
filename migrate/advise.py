"""Advisories: findings beyond the migration (MIG4xx notes) that a reviewer would want; never applied."""

from __future__ import annotations

import posixpath
import re

from migrate.diagnostics import Diagnostic
from migrate.outcome import FlowInfo
from migrate.parse.dockerfile import Dockerfile, DockerfileSyntaxError, Instruction
from migrate.repo import ReadError, Repo

# Images that carry a whole toolchain. Java images count unless their tag names a JRE.
_JAVA = {"openjdk", "eclipse-temurin", "amazoncorretto", "sapmachine", "ibm-semeru-runtimes", "ibmjava"}
_TOOLCHAIN = {"maven", "gradle", "golang", "rust", "gcc", "buildpack-deps", "sbt", "swift", "haskell", "dotnet/sdk"}

# Dependency manifest -> the words of the tools that resolve dependencies from it.
_MANIFESTS: dict[str, tuple[str, ...]] = {
    "package.json": ("npm", "yarn", "pnpm"),
    "requirements.txt": ("pip", "pip3"),
    "pyproject.toml": ("pip", "pip3", "poetry", "uv"),
    "pom.xml": ("mvn", "./mvnw", "mvnw"),
    "build.gradle": ("gradle", "./gradlew", "gradlew"),
    "build.gradle.kts": ("gradle", "./gradlew", "gradlew"),
    "go.mod": ("go",),
    "Cargo.toml": ("cargo",),
    "Gemfile": ("bundle",),
    "composer.json": ("composer",),
}
_WORD = re.compile(r"[A-Za-z0-9_./-]+")


def _toolchain(image: str) -> str | None:
    """What kind of toolchain the image name shows, or None for a runtime image."""
    ref = image.split("@", 1)[0]
    name, _, tag = ref.rpartition(":") if ":" in ref.rsplit("/", 1)[-1] else (ref, "", "")
    short = name.removeprefix("docker.io/").removeprefix("library/").removeprefix("mcr.microsoft.com/")
    last = short.rsplit("/", 1)[-1]
    if last in _JAVA and "jre" not in tag.lower():
        return "a JDK"
    if short in _TOOLCHAIN or last in _TOOLCHAIN:
        return "a compiler toolchain"
    return None


def _read(repo: Repo, path: str) -> Dockerfile | None:
    try:
        return repo.dockerfile(path)
    except (ReadError, DockerfileSyntaxError):
        return None


def _runtime_image(repo: Repo, flow: FlowInfo) -> list[Diagnostic]:
    produced = [a.host_path for a in flow.artifacts if a.consumer]
    if not produced:
        return []
    names = ", ".join(f"`{p}`" for p in produced)
    out: list[Diagnostic] = []
    for runtime in flow.builds:
        if runtime.role != "runtime" or runtime.dockerfile is None:
            continue
        df = _read(repo, runtime.dockerfile)
        if df is None or not df.stages:
            continue
        final = df.stages[-1]
        kind = _toolchain(final.base)
        if kind is not None:
            out.append(
                Diagnostic(
                    "MIG401",
                    f"the runtime stage starts from `{final.base}`, {kind} image, though the builder already "
                    f"produced {names}",
                    runtime.dockerfile,
                    final.from_.line,
                    1,
                )
            )
    return out


def _sources(ins: Instruction) -> list[str]:
    args = [t.text for t in ins.args]
    return [a.rstrip("/") or "/" for a in args[:-1]] if len(args) > 1 and not ins.is_json else []


def _copy_order(repo: Repo, flow: FlowInfo) -> list[Diagnostic]:
    out: list[Diagnostic] = []
    for b in flow.builds:
        if b.role != "builder" or b.dockerfile is None:
            continue
        df = _read(repo, b.dockerfile)
        context = b.context or "."
        present = [m for m in _MANIFESTS if repo.exists(posixpath.normpath(posixpath.join(context, m)))]
        if df is None or not present:
            continue
        for stage in df.stages:
            out.extend(_stage_copy_order(b.dockerfile, stage.body, present))
    return out


def _stage_copy_order(path: str, body: tuple[Instruction, ...], manifests: list[str]) -> list[Diagnostic]:
    copied: set[str] = set()
    whole: Instruction | None = None
    for ins in body:
        if ins.keyword in ("COPY", "ADD") and "from" not in ins.flags:
            sources = _sources(ins)
            if whole is None and any(s in (".", "./") for s in sources):
                whole = ins
            copied.update(posixpath.basename(s) for s in sources)
            continue
        if ins.keyword != "RUN" or whole is None:
            continue
        words = set(_WORD.findall(ins.args[0].text if ins.is_json else " ".join(t.text for t in ins.args)))
        for manifest in manifests:
            if manifest not in copied and words & set(_MANIFESTS[manifest]):
                tool = sorted(words & set(_MANIFESTS[manifest]))[0]
                return [
                    Diagnostic(
                        "MIG402",
                        f"the whole context is copied before `{manifest}`, so `{tool}` (line {ins.line}) "
                        "resolves dependencies again after every source change",
                        path,
                        whole.line,
                        1,
                    )
                ]
    return []


def _dockerignore(repo: Repo, flow: FlowInfo) -> list[Diagnostic]:
    if not flow.artifacts:
        return []
    out: dict[str, Diagnostic] = {}  # one per build context
    for runtime in flow.builds:
        if runtime.role != "runtime" or runtime.dockerfile is None:
            continue
        context = runtime.context or "."
        ignore = posixpath.normpath(posixpath.join(context, ".dockerignore"))
        if context in out or repo.exists(ignore) or repo.exists(runtime.dockerfile + ".dockerignore"):
            continue
        out[context] = Diagnostic(
            "MIG403",
            f"the build context `{context}` of `{runtime.dockerfile}` has no .dockerignore",
            runtime.dockerfile,
            1,
            1,
        )
    return list(out.values())


def advise(repo: Repo, flows: tuple[FlowInfo, ...]) -> tuple[Diagnostic, ...]:
    """Every advisory for the traced flows, in file order, each reported once."""
    found: dict[tuple[str, str | None, int | None], Diagnostic] = {}
    for flow in flows:
        for check in (_runtime_image, _copy_order, _dockerignore):
            for d in check(repo, flow):
                found.setdefault((d.code, d.path, d.line), d)
    return tuple(sorted(found.values(), key=lambda d: (d.path or "", d.line or 0, d.code)))
