"""`.dockerignore` and what it hid from the legacy runtime build: an artifact it excluded never reached
the legacy image, while `COPY --from` is not filtered (FACTS.md C.4)."""

from __future__ import annotations

import posixpath
import re
from typing import NamedTuple

from migrate.diagnostics import Diagnostic
from migrate.parse.dockerfile import Dockerfile
from migrate.plan.copies import CopyPlan
from migrate.plan.flows import Artifact
from migrate.plan.merge import BuilderFile
from migrate.repo import ReadError, Repo


class Rule(NamedTuple):
    """One .dockerignore pattern, compiled."""

    pattern: str
    regex: re.Pattern[str]
    negate: bool


def _to_regex(pattern: str) -> re.Pattern[str]:
    """Go filepath.Match syntax plus `**` for any number of directories."""
    out: list[str] = []
    i, n = 0, len(pattern)
    while i < n:
        c = pattern[i]
        if c == "*":
            if pattern.startswith("**", i):
                i += 2
                if pattern.startswith("/", i):
                    out.append("(?:.*/)?")
                    i += 1
                else:
                    out.append(".*")
                continue
            out.append("[^/]*")
        elif c == "?":
            out.append("[^/]")
        elif c == "[":
            j = pattern.find("]", i + 1)
            if j == -1:
                out.append(re.escape(c))
            else:
                body = pattern[i + 1 : j].replace("\\", "\\\\")
                out.append("[" + ("^" + body[1:] if body.startswith("^") else body) + "]")
                i = j
        elif c == "\\" and i + 1 < n:
            i += 1
            out.append(re.escape(pattern[i]))
        else:
            out.append(re.escape(c))
        i += 1
    return re.compile("".join(out) + r"\Z")


def parse_ignore(text: str) -> list[Rule]:
    rules: list[Rule] = []
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        negate = line.startswith("!")
        if negate:
            line = line[1:].strip()
        line = posixpath.normpath(line).lstrip("/")
        if line in ("", "."):
            continue
        rules.append(Rule(line, _to_regex(line), negate))
    return rules


def excluded(rules: list[Rule], path: str) -> bool:
    """Whether the context path (or a directory above it) is excluded: the last matching rule wins."""
    parts = path.split("/")
    result = False
    for rule in rules:
        if any(rule.regex.match("/".join(parts[:k])) for k in range(1, len(parts) + 1)):
            result = not rule.negate
    return result


def may_filter_inside(rules: list[Rule], directory: str) -> bool:
    """Whether some rule could match a path below `directory` (so a copied directory may lose files)."""
    depth = directory.count("/") + 1
    for rule in rules:
        comps = rule.pattern.split("/")
        if "**" in rule.pattern:
            return True
        if (
            len(comps) > depth
            and rule.regex.pattern
            and re.match(_to_regex("/".join(comps[:depth])).pattern, directory)
        ):
            return True
    return False


def ignore_file(repo: Repo, dockerfile: str, context: str) -> str | None:
    for candidate in (f"{dockerfile}.dockerignore", posixpath.join(context, ".dockerignore")):
        candidate = posixpath.normpath(candidate)
        if repo.exists(candidate):
            return candidate
    return None


def check_ignored(
    repo: Repo,
    context: str,
    runtime: Dockerfile,
    builders: list[BuilderFile],
    artifacts: list[Artifact],
    copies: CopyPlan,
) -> list[Diagnostic]:
    diags: list[Diagnostic] = []
    runtime_path = str(runtime.source.path)
    effective = ignore_file(repo, runtime_path, context)
    for b in builders:
        own = ignore_file(repo, str(b.dockerfile.source.path), b.context or context)
        if own != effective:
            diags.append(
                Diagnostic(
                    "MIG306",
                    f"the builder's context was filtered by `{own or 'nothing'}`, the "
                    f"runtime's by `{effective or 'nothing'}`; the merged build has one",
                    str(b.dockerfile.source.path),
                )
            )
    if effective is None:
        return diags
    try:
        rules = parse_ignore(repo.read(effective).text)
    except ReadError as err:
        return [*diags, err.diagnostic]
    for b in builders:  # a builder moved onto this context now sees it through this ignore file
        for edit in b.rebase:
            if excluded(rules, edit.text.rstrip("/")):
                diags.append(
                    Diagnostic("MIG306", f"`{effective}` excludes `{edit.text}`, which the builder copies", effective)
                )
    for i in sorted(copies.consumed):
        a = artifacts[i]
        rel = posixpath.relpath(a.host, context) if context != "." else a.host
        if excluded(rules, rel):
            diags.append(
                Diagnostic("MIG306", f"`{effective}` excludes `{rel}`, so the legacy image never had it", effective)
            )
        elif may_filter_inside(rules, rel):
            diags.append(Diagnostic("MIG306", f"`{effective}` may exclude files inside `{rel}`", effective))
    return diags


def check_changed_in_image(repo: Repo, runtime: Dockerfile, context: str, changed: list[str]) -> list[Diagnostic]:
    """A runtime COPY from the context that takes a file the migration changes or deletes (a `COPY . /src`
    takes the Dockerfiles and the script) would put the new version in the image, not the legacy one."""
    ignore = ignore_file(repo, str(runtime.source.path), context)
    rules: list[Rule] = []
    if ignore is not None:
        try:
            rules = parse_ignore(repo.read(ignore).text)
        except ReadError:
            rules = []
    inside = [p for p in changed if context == "." or p.startswith(context.rstrip("/") + "/")]
    diags: list[Diagnostic] = []
    for ins, tok, src in runtime.context_sources():
        for path in inside:
            rel = posixpath.relpath(path, context) if context != "." else path
            covers = (
                src == "."
                or rel == src
                or rel.startswith(src + "/")
                or (any(c in src for c in "*?[") and _to_regex(src).match(rel.split("/")[0] if "/" not in src else rel))
            )
            if covers and not excluded(rules, rel):
                diags.append(
                    Diagnostic(
                        "MIG318",
                        f"`{ins.keyword} {tok.text}` copies `{rel}` into the image, and the migration "
                        "changes that file",
                        str(runtime.source.path),
                        ins.line,
                        1,
                    )
                )
                break
    return diags
