"""Other files that use an artifact the legacy flow extracted to the host. After the migration it stays
inside the build, so a use on the host (CI, Makefiles, scripts, compose) blocks (MIG309) and a mention in
documentation or a comment goes stale (MIG319)."""

from __future__ import annotations

import posixpath
import re
from typing import TYPE_CHECKING, NamedTuple

from migrate.diagnostics import Diagnostic
from migrate.lazy_re import Lazy
from migrate.plan.references import COMPOSE, SKIP
from migrate.repo import ReadError, Repo
from migrate.trace.paths import is_inside

if TYPE_CHECKING:
    from migrate.plan.flows import Artifact, Flow
    from migrate.plan.targets import Target


class Extracted(NamedTuple):
    """One artifact the legacy flow left on the host, and where it is after the migration."""

    host: str  # repository-relative path `docker cp` (or the mount, or the redirection) wrote
    container: str  # its path in the builder
    stage: str  # the builder stage of the merged Dockerfile that holds it
    dockerfile: str  # the merged Dockerfile
    context: str  # the build context of the merged Dockerfile
    merged: bool = False  # the copy merged into a directory that already existed


def extracted(flow: Flow, targets: list[Target]) -> list[Extracted]:
    """The artifacts still on the host when the orchestrator ends (one the script itself removes after the
    runtime build never outlived it, so nothing else can have used it), each with its stage."""
    out: list[Extracted] = []
    for t in targets:
        for i in t.consumed:
            a = flow.artifacts[i]
            if a.build not in t.builders or a.host in (".", "") or _removed_later(flow, a):
                continue
            stage = t.files[t.builders.index(a.build)].stage_name
            container = "/" + a.container.lstrip("/")
            item = Extracted(a.host, container, stage, t.path, t.context, a.merged)
            if all(e.host != item.host for e in out):
                out.append(item)
    return out


def _removed_later(flow: Flow, artifact: Artifact) -> bool:
    """An `rm` of the artifact after the last runtime build, under no construct the extraction is not
    under too (so it runs whenever the extraction ran)."""
    runtime = flow.runtime
    if runtime is None:
        return False
    site = artifact.extraction.site
    return any(
        step.name == "rm"
        and step.site.order > runtime.site.order
        and site.scope[: len(step.site.scope)] == step.site.scope  # it runs whenever the extraction did
        and any(is_inside(artifact.host, p) for p in step.paths)
        for step in flow.graph.host_steps
    )


def builder_inputs(targets: list[Target]) -> set[str]:
    """Files a builder Dockerfile COPYs or ADDs by name: they run inside the builder, where the paths they
    name are the container's (a Makefile copied in and run by the builder), not the host's."""
    out: set[str] = set()
    for t in targets:
        for b, f in zip(t.builders, t.files, strict=False):
            context = b.context or "."
            for ins in f.dockerfile.instructions:
                if ins.keyword not in ("COPY", "ADD") or "from" in ins.flags or ins.is_json or len(ins.args) < 2:
                    continue
                for tok in ins.args[:-1]:
                    src = tok.text
                    if any(c in src for c in "*?[$") or "://" in src or src.startswith("<<"):
                        continue
                    path = posixpath.normpath(posixpath.join(context, src.lstrip("/")))
                    if path != "." and not path.startswith("../"):
                        out.add(path)
    return out


# Where each kind of file takes its relative paths from: the repository root (CI runners check out there),
# the file's own directory (make, compose), or either (scripts, documentation).
_ROOT, _HERE, _BOTH = ("root",), ("here",), ("here", "root")
_CI_DIRS = (".github/workflows/", ".gitlab/", ".circleci/", ".woodpecker/", ".buildkite/")
_CI_FILES = Lazy(
    r"^(\.?gitlab-ci|.*\.gitlab-ci|\.travis|\.drone|\.woodpecker|bitbucket-pipelines|azure-pipelines.*|\.?appveyor"
    r"|cloudbuild.*|buildspec.*|\.cirrus|action|Taskfile.*)\.ya?ml$"
)
_MAKEFILES = ("Makefile", "makefile", "GNUmakefile")
_MAKE = (*_MAKEFILES, "Justfile", "justfile")
_SCRIPTS = (".sh", ".bash", ".ps1", ".bat", ".cmd")
_ARTIFACT_DOCS = (".md", ".markdown", ".rst", ".adoc", ".asciidoc", ".txt")
_NOT_DOCS = Lazy(r"^(CMakeLists\.txt|requirements[^/]*\.txt|(CHANGELOG|CHANGES|HISTORY|NEWS)([._-].*)?)$", re.I)


def _artifact_kind(repo: Repo, path: str) -> tuple[str, tuple[str, ...]] | None:
    """What a file is for the artifact search ("run": its commands run on the host; "docs"), and where its
    relative paths start. None: not searched (sources, data, Dockerfiles, ignore files)."""
    name = posixpath.basename(path)
    if name.endswith((".yml", ".yaml")) and (path.startswith(_CI_DIRS) or _CI_FILES.match(name)):
        return "run", _HERE if name.startswith("Taskfile") else _ROOT
    if name.startswith("Jenkinsfile"):
        return "run", _BOTH
    if COMPOSE.search(path) or name in _MAKE or name.endswith(".mk"):
        return "run", _HERE
    if name.endswith(_SCRIPTS):
        return "run", _BOTH
    if name.endswith(_ARTIFACT_DOCS):
        return None if _NOT_DOCS.match(name) else ("docs", _BOTH)
    if "." not in name:
        try:
            first = repo.read(path).text.split("\n", 1)[0]
        except ReadError:
            return None
        if first.startswith("#!") and re.search(r"\b(ba|da|k|z)?sh\b", first):
            return "run", _BOTH
    return None


def relative_bases(repo: Repo, path: str) -> tuple[str, ...] | None:
    """The directories a relative path in the file may start from (its own, the repository root, or
    either); None for a file the artifact search does not read."""
    kind = _artifact_kind(repo, path)
    if kind is None:
        return None
    here = posixpath.dirname(path) or "."
    return tuple(dict.fromkeys(here if b == "here" else "." for b in kind[1]))


# A path-like word. A leading variable that means the repository root ($PWD, the CI workspace) counts as
# `./`; any other leading `/`, `~`, `$`, `:` (a container's or a remote path) makes it something else.
_ROOT_VAR = (
    r"\$\{\{\s*github\.workspace\s*\}\}|\$\{?(?:PWD|GITHUB_WORKSPACE|CI_PROJECT_DIR|WORKSPACE|TRAVIS_BUILD_DIR"
    r"|BITBUCKET_CLONE_DIR|CIRCLE_WORKING_DIRECTORY|CURDIR)\}?|\$\((?:pwd|CURDIR)\)|`pwd`"
)
_WORD = Lazy(rf"(?<![\w.\-/@+~:$}}\\])(?:(?P<root>{_ROOT_VAR})/)?(?P<path>[\w.\-/@+~*?]+)")
_GLOB = Lazy(r"[*?]")
_SEP = Lazy(r"&&|\|\||[;|&()`{}]|\$\(")
_QUOTE_OR_SPACE = Lazy(r"[^\s'\"]+")
_NOISE = {"-", "run:", "script:", "sh", "bat", "powershell", "pwsh", "sudo", "command", "exec", "then", "do", "else"}
_HARMLESS = ("mkdir", "echo", "printf", "Write-Host")
_DOC_KEY = Lazy(r"^\s*(?:-\s+)?(?:name|description|title|summary)\s*:")
_COMMENT = Lazy(r"^\s*(?:#|//|::|REM\b|rem\b|<!--)")
_RULE = Lazy(r"^([^\t#\s:=][^:=#]*?)\s*::?(?!=)", re.MULTILINE)


def _word_path(m: re.Match[str]) -> str | None:
    """The literal path a matched word names, relative (a wildcard part and what follows cut off). None:
    not a relative path, or a bare word such as `app` (no `./`, no `/`, no extension, no root variable),
    which is as likely prose, a command or a make target as a file."""
    raw = m.group("path")
    if raw.startswith(("/", "~")) or not raw.strip("./"):
        return None
    if raw.endswith(".") and not raw.endswith(("/.", "..")):
        raw = raw.rstrip(".")  # the end of a sentence
    explicit = m.group("root") is not None or raw.startswith(("./", "../")) or raw.endswith("/")
    parts = [p for p in raw.split("/") if p not in ("", ".")]
    for k, part in enumerate(parts):
        if _GLOB.search(part):
            if k == 0 or ".." in parts[:k]:
                return None
            parts = parts[:k]
            explicit = True
            break
    if not parts:
        return None
    if len(parts) == 1 and not explicit and "." not in parts[0].strip("."):
        return None
    return "/".join(parts)


def _harmless(line: str, col: int) -> bool:
    """The command around `col` cannot break when the path is missing: `rm -f`, `mkdir`, `echo`."""
    starts = [m.end() for m in _SEP.finditer(line, 0, col)]
    words = _QUOTE_OR_SPACE.findall(line[starts[-1] if starts else 0 : col])
    while words and words[0] in _NOISE:
        words.pop(0)
    if not words:
        return False
    cmd = words[0].lstrip("@+-") or words[0]
    if cmd in _HARMLESS:
        return True
    return cmd == "rm" and any(
        w == "--force" or (w.startswith("-") and not w.startswith("--") and "f" in w) for w in words[1:]
    )


def _make_rules(text: str, here: str) -> tuple[set[str], set[str]]:
    """A Makefile's rule targets, and of those the files its own rules make (`app.jar: Main.java`; a
    phony target is no file)."""
    targets: set[str] = set()
    phony: set[str] = set()
    for m in _RULE.finditer(text):
        names = m.group(1).split()
        if names == [".PHONY"]:
            end = text.find("\n", m.end())
            phony.update(text[m.end() : len(text) if end == -1 else end].split())
            continue
        targets.update(t for t in names if "$" not in t and "%" not in t)
    paths = {t: posixpath.normpath(posixpath.join(here, t)) for t in targets | phony}
    return set(paths.values()), {paths[t] for t in targets - phony}


def _describe(e: Extracted) -> str:
    return f"stage `{e.stage}` of {e.dockerfile}"


def _export(e: Extracted) -> str:
    """The BuildKit command that writes the artifact's stage to a directory."""
    f = "" if e.dockerfile == posixpath.join(e.context, "Dockerfile").removeprefix("./") else f"-f {e.dockerfile} "
    return f"docker build {f}--target {e.stage} --output type=local,dest=<dir> {e.context}"


def check_artifacts(
    repo: Repo, files: list[str], artifacts: list[Extracted], script: str, skip: set[str] | frozenset[str] = frozenset()
) -> list[Diagnostic]:
    """Uses of the extracted artifacts in other files, one finding per line: files whose commands run on
    the host (CI, Makefiles, scripts, compose) block with MIG309; documentation, comments and step names
    get MIG319. `skip`: files the migration rewrites or deletes, and files the builders copy in."""
    if not artifacts:
        return []
    # directories that exist only to hold artifacts (absent from the checkout): `upload out/` uses them too
    holders: dict[str, Extracted] = {}
    for e in artifacts:
        parent = posixpath.dirname(e.host)
        while parent and not repo.exists(parent):
            holders.setdefault(parent, e)
            parent = posixpath.dirname(parent)
    out: list[Diagnostic] = []
    for other in files:
        if other == script or other in skip or other.endswith(SKIP):
            continue
        kind = _artifact_kind(repo, other)
        if kind is None:
            continue
        what, bases = kind
        try:
            text = repo.read(other).text
        except ReadError:
            continue
        here = posixpath.dirname(other) or "."
        dirs = [here if b == "here" else "." for b in bases]
        name = posixpath.basename(other)
        make = name in _MAKEFILES or name.endswith(".mk")
        targets, made = _make_rules(text, here) if make else (set(), set())
        yaml = name.endswith((".yml", ".yaml"))
        for number, line in enumerate(text.split("\n"), start=1):
            rule = _RULE.match(line) if make else None
            if rule is not None and rule.group(1).strip() == ".PHONY":
                continue
            # a rule line names targets (rules, not files) and prerequisites (files unless a rule makes them)
            found = _line_use(line.rstrip("\r"), dirs, artifacts, holders, targets if rule else made, repo)
            if found is None:
                continue
            doc = what == "docs" or _COMMENT.match(line) is not None or (yaml and _DOC_KEY.match(line) is not None)
            out.append(_artifact_diagnostic(doc, other, number, found.col, found, script))
    return out


def _artifact_diagnostic(doc: bool, path: str, line: int, col: int, use: _Use, script: str) -> Diagnostic:
    word, e = use.word, use.artifact
    if use.path == e.host:
        named = f"`{word}`"
    else:
        named = f"`{word}` (in `{e.host}`)" if is_inside(use.path, e.host) else f"`{word}` (holding `{e.host}`)"
    what = f"{named}, which `{script}` extracts to the host; after the migration it stays in {_describe(e)}"
    export = f"`{_export(e)}` writes the stage's whole file system to <dir> (this file as <dir>{e.container})"
    if doc:
        hint = f"Update the text: the file no longer appears on the host. With BuildKit, {export}."
        return Diagnostic("MIG319", f"mentions {what}", path, line, col, hint)
    hint = (
        f"Take the file from the build instead: with BuildKit, {export}; or keep a separate extraction for "
        "this use. Change this line, then migrate."
    )
    return Diagnostic("MIG309", f"uses {what}", path, line, col, hint)


class _Use(NamedTuple):
    """One mention of an extracted artifact on a line of another file."""

    col: int  # 1-based
    word: str  # as written
    path: str  # the repository-relative path it names
    artifact: Extracted  # the artifact it is, is inside of, or holds


def _line_use(
    line: str,
    dirs: list[str],
    artifacts: list[Extracted],
    holders: dict[str, Extracted],
    made: set[str],
    repo: Repo,
) -> _Use | None:
    """The first use of an artifact (or of a directory holding only artifacts) on a line."""
    for m in _WORD.finditer(line):
        rel = _word_path(m)
        if rel is None:
            continue
        for base in dict.fromkeys(dirs):
            path = posixpath.normpath(posixpath.join(base, rel))
            if path == ".." or path.startswith("../") or any(is_inside(path, m) for m in made):
                continue
            hit = _artifact_at(path, artifacts, repo) or holders.get(path)
            if hit is None:
                continue
            if _harmless(line, m.start()):
                break
            word = m.group(0).rstrip(".") if not m.group(0).endswith("/.") else m.group(0)
            return _Use(m.start() + 1, word, path, hit)
    return None


def _artifact_at(path: str, artifacts: list[Extracted], repo: Repo) -> Extracted | None:
    for e in artifacts:
        if path == e.host:
            return e
        # below a directory artifact; below one merged into an existing directory, only what the checkout
        # does not hold (the rest was there before)
        if is_inside(path, e.host) and not (e.merged and repo.exists(path)):
            return e
    return None
