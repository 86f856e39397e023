"""The pipeline for one repository: discover -> parse -> trace -> plan -> render. Pure: writes nothing."""

from __future__ import annotations

import posixpath
import re
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from migrate.advise import advise
from migrate.config import Config, load_config
from migrate.diagnostics import Diagnostic
from migrate.discover import Inventory, discover
from migrate.lazy_re import Lazy
from migrate.nesting import too_deep
from migrate.outcome import FileChange, Outcome, RepoResult
from migrate.parse.dockerfile import DockerfileSyntaxError
from migrate.parse.shell import parse_shell
from migrate.parse.shell_model import Script, SourceSyntaxError
from migrate.parse.words import WordError
from migrate.plan.facts import UNKNOWN, Facts
from migrate.plan.planner import Planner, ScriptResult
from migrate.repo import ReadError, Repo
from migrate.source import SourceFile
from migrate.suppress import flow_left_alone, script_ignored
from migrate.unsearched import check_unsearched

if TYPE_CHECKING:
    from migrate.parse.python_check import PythonRejected

_VERBS = re.compile(r"\b(?:cp|run|export|get_archive)\b")  # get_archive: the docker SDK's copy out
_EXTRACTS = Lazy(r"\b(?:docker|podman)\b.{0,40}\b(?:cp|create|export)\b|get_archive")  # a copy out, roughly
_CALLS = Lazy(r"\.sh\b|(?:^|[\s;&|(])\.{1,2}/\w")  # `./x`, `../x`, `scripts/x.sh`


_WINDOWS_SCRIPTS = (".ps1", ".psm1", ".bat", ".cmd")
_WINDOWS_FLOW = Lazy(r"\bdocker(?:\.exe)?\s+(?:container\s+)?(?:cp|create)\b", re.IGNORECASE)
# a container run with a host mount: it may write the artifacts into the checkout (`docker run -v %cd%:/src …`)
_WINDOWS_MOUNT_RUN = Lazy(r"\bdocker(?:\.exe)?\s+(?:container\s+)?run\b[^\r\n]*?\s(?:-v|--volume|--mount)[\s=]", re.I)


def _unread_orchestrators(repo: Repo, others: list[str], dockerfiles: list[str]) -> list[Diagnostic]:
    """PowerShell and batch files that copy out of a container, or that run one with a host mount while a
    Dockerfile of the repository copies a file the repository does not hold: a builder-pattern flow the tool
    does not read, which it must not pass over in silence (nor break, by deleting the builder Dockerfile they
    use)."""
    out: list[Diagnostic] = []
    for path in others:
        if not path.lower().endswith(_WINDOWS_SCRIPTS):
            continue
        try:
            text = repo.read(path).text
        except ReadError:
            continue
        if "build" not in text:
            continue
        m = _WINDOWS_FLOW.search(text)
        if m is not None:
            line = text.count("\n", 0, m.start()) + 1
            message = "runs a builder-pattern flow (`docker cp`/`create`) in PowerShell or batch, which is not read"
            out.append(Diagnostic("MIG109", message, path, line, 1))
            continue
        m = _WINDOWS_MOUNT_RUN.search(text)
        if m is not None and (missing := _copied_but_absent(repo, dockerfiles)) is not None:
            line = text.count("\n", 0, m.start()) + 1
            dockerfile, sources = missing
            named = ", ".join(f"`{src}`" for src in sources)
            message = (
                "runs a container with a host mount in PowerShell or batch, which is not read, and "
                f"`{dockerfile}` copies {named}, which the repository does not hold: the run may write them"
            )
            out.append(Diagnostic("MIG109", message, path, line, 1))
    return out


def _copied_but_absent(repo: Repo, dockerfiles: list[str]) -> tuple[str, list[str]] | None:
    """The first Dockerfile of the repository that COPYs or ADDs from its build context files the repository
    holds neither beside the Dockerfile nor at its top (products of some earlier step), with those files."""
    for rel in dockerfiles:
        try:
            parsed = repo.dockerfile(rel)
        except (ReadError, DockerfileSyntaxError):
            continue
        here = posixpath.dirname(rel)
        absent: list[str] = []
        for ins, token, _ in parsed.context_sources():
            src = token.text
            if ins.is_json or any(c in src for c in "*?[$"):
                continue
            if not any(repo.exists(posixpath.normpath(posixpath.join(d, src))) for d in (here, "")):
                absent.append(src)
        if absent:
            return rel, absent
    return None


def _might_orchestrate(text: str) -> bool:
    """Cheap filter before parsing: only scripts that talk to docker and copy, run or export something."""
    if "docker" not in text and "podman" not in text:
        return False
    # an extraction, two builds (a runtime that uses the builder image by its tag), or another script run
    return _VERBS.search(text) is not None or text.count("build") >= 2 or _CALLS.search(text) is not None


def _candidates(path: str, source: SourceFile) -> Iterator[tuple[Script, tuple[str, ...] | None]]:
    """The ways the file may run the flow: a shell script runs as a whole; a Makefile runs a target (its
    default goal first, then the others in file order; a target another one runs comes after all those that
    no other target runs)."""
    if path.endswith(".py"):
        from migrate.parse.python_orch import parse_python  # libcst is heavy: only for Python scripts

        yield parse_python(source.text), ("python3", posixpath.basename(path))
        return
    if not _is_makefile(path):
        yield parse_shell(source.text), None
        return
    from migrate.parse.makefile import execution_order, parse_makefile, recipe_script  # only for Makefiles

    mf = parse_makefile(source.text)
    targets = [mf.default] if mf.default else []
    targets += [t for t in mf.rules if t != mf.default and not t.startswith(".") and "%" not in t]
    # a target another one runs (a prerequisite, a sub-make) comes after the targets that run it: their flow
    # holds its flow and what follows it (the runtime build)
    inside = {name for t in targets for name, _ in execution_order(mf, t) if name != t}
    for target in [t for t in targets if t not in inside] + [t for t in targets if t in inside]:
        yield recipe_script(mf, target), ("make", "-f", posixpath.basename(path), target)


def _pattern_rules(source: SourceFile) -> list[Diagnostic]:
    """A Makefile where no target ran a flow, but a pattern rule runs docker: the flow may be there, in a rule
    make instantiates, so this is said rather than "nothing to migrate"."""
    from migrate.parse.makefile import parse_makefile, pattern_rules_running_docker

    out = []
    for name, offset in pattern_rules_running_docker(parse_makefile(source.text)):
        line, col = source.line_col(offset)
        message = f"the pattern rule `{name}` runs docker; pattern rules are not followed"
        out.append(Diagnostic("MIG112", message, str(source.path), line, col))
    return out


def _is_makefile(path: str) -> bool:
    name = posixpath.basename(path)
    return name in ("Makefile", "makefile", "GNUmakefile") or name.endswith(".mk")


def _rejected_code(source: SourceFile, dockerfiles: list[str]) -> str:
    """A file its own language rejects blocks (MIG101) only when it may run a flow: it names one of the
    repository's Dockerfiles or copies out of a container; otherwise it is a note (MIG111)."""
    names = {posixpath.basename(d) for d in dockerfiles}
    text = source.text
    flow = any(n in text for n in names) or _EXTRACTS.search(text) is not None
    return "MIG101" if flow else "MIG111"


def _python_rejected(source: SourceFile, err: PythonRejected, dockerfiles: list[str]) -> Diagnostic:
    """A Python file Python cannot parse (Python 2 as often as not)."""
    return Diagnostic(_rejected_code(source, dockerfiles), str(err), str(source.path), err.line, 1)


def _parse_error(source: SourceFile, err: SourceSyntaxError, dockerfiles: list[str]) -> Diagnostic:
    code = _rejected_code(source, dockerfiles)
    if err.offset is None:
        return Diagnostic(code, f"syntax error: {err}", str(source.path), 1, 1)
    line, col = source.line_col(err.offset)
    return Diagnostic(code, f"syntax error: {err}", str(source.path), line, col)


def _entrypoint(source: SourceFile, cwd: str) -> tuple[str, ...]:
    first = source.text.split("\n", 1)[0]
    shell = "sh" if first.startswith("#!") and first.rstrip().endswith(("/sh", " sh")) else "bash"
    rel = posixpath.relpath(str(source.path), cwd) if cwd != "." else str(source.path)
    return (shell, rel)


def _uses_elsewhere(results: list[ScriptResult]) -> list[Diagnostic]:
    """The uses each flow found in other files, less those on a line that another orchestrator's own
    migration removes: twin orchestrators (a Makefile and a script running the same flow) are rewritten
    together, and neither is a user of what the other deletes or extracts. When that other flow is blocked,
    nothing is written anyway."""
    removed = _removed_lines(results)
    return [d for r in results for d in r.uses_elsewhere if (d.path or "", d.line or 0) not in removed]


def _removed_lines(results: list[ScriptResult]) -> set[tuple[str, int]]:
    """(file, line) of every statement the flows remove."""
    removed: set[tuple[str, int]] = set()
    for r in results:
        for loc, text in r.info.removed if r.info is not None else ():
            path, _, line = loc.rpartition(":")
            removed.update((path, int(line) + k) for k in range(text.count("\n") + 1))
    return removed


def _superseded(results: list[ScriptResult]) -> dict[int, set[str]]:
    """For each flow (by id), the other orchestrators it would point at its builder stage (references.py)
    only on lines their own migration removes: a twin's rewrite of itself wins over that update."""
    removed = _removed_lines(results)
    scripts = {r.script for r in results}
    return {
        id(r): {
            path
            for path, lines in r.edited_elsewhere.items()
            if path in scripts and all((path, n) in removed for n in lines)
        }
        for r in results
    }


def _multi_stage(repo: Repo, inv: Inventory) -> str | None:
    for path in inv.dockerfiles:
        try:
            if len(repo.dockerfile(path).stages) > 1:
                return path
        except (ReadError, DockerfileSyntaxError):
            continue
    return None


def migrate_repo(root: Path, config: Config | None = None, facts: Facts = UNKNOWN) -> RepoResult:
    """Migrate one repository with its own configuration (`load_config`, which may raise ConfigError) or
    the one given; advisories are added to flows that were traced. `facts`: what `--probe` learnt from the
    builder images (migrate/probe.py); unknown by default."""
    config = load_config(root) if config is None else config
    repo = Repo(root)
    result = check_unsearched(root, _migrate(root, repo, config, facts))  # what discovery passed over
    if config.advisories and result.flows:
        result = replace(result, advisories=advise(repo, result.flows))
    return result


def _migrate(root: Path, repo: Repo, config: Config, facts: Facts = UNKNOWN) -> RepoResult:
    inv = discover(root)
    diags: list[Diagnostic] = []
    results: list[ScriptResult] = []
    pythons = [p for p in inv.others if p.endswith(".py")]
    diags.extend(_unread_orchestrators(repo, [p for p in inv.others if not config.excluded(p)], inv.dockerfiles))
    for path in (p for p in inv.scripts + inv.makefiles + pythons if not config.excluded(p)):
        try:
            source = repo.read(path)
        except ReadError as err:
            diags.append(err.diagnostic)
            continue
        if not _might_orchestrate(source.text):
            continue
        if path.endswith(".py"):
            from migrate.parse.python_check import PythonRejected, runs_docker

            try:
                if not runs_docker(source.text):
                    continue  # mentions docker in a comment or a name only: libcst need not read it
            except PythonRejected as err:
                diags.append(_python_rejected(source, err, inv.dockerfiles))
                continue
        if (note := script_ignored(source)) is not None:
            diags.append(note)
            continue
        others = [p for p in inv.others + inv.scripts + inv.dockerfiles + inv.makefiles if p != path]
        result: ScriptResult | None = None
        try:
            for script, entry in _candidates(path, source):
                result = Planner(repo, source, script, others, config, facts).run()
                if result is not None:
                    result.entry = entry
                    break
        except SourceSyntaxError as err:
            diags.append(_parse_error(source, err, inv.dockerfiles))
            continue
        except WordError as err:  # a word the parser accepted but the word splitter cannot read
            diags.append(_parse_error(source, SourceSyntaxError(str(err), err.offset), inv.dockerfiles))
            continue
        except RecursionError:  # the parsers and the tracer recurse: hundreds of levels are refused, not a crash
            diags.append(too_deep(source))
            continue
        if result is None and _is_makefile(path):
            diags.extend(_pattern_rules(source))
        if result is not None and (note := flow_left_alone(repo, result, config)) is not None:
            diags.append(note)
            continue
        if result is not None and not result.new_files and not any(d.blocking for d in result.diagnostics):
            diags.extend(result.diagnostics)  # an extraction no build takes (plan/targets.py): nothing to migrate
            continue
        if result is not None:
            results.append(result)
            diags.extend(result.diagnostics)
    called = {path for r in results for path in r.called}
    if called:  # a script another one runs is planned as part of that one, not on its own
        dropped = {id(d) for r in results if r.script in called for d in r.diagnostics}
        results = [r for r in results if r.script not in called]
        diags = [d for d in diags if id(d) not in dropped]
    diags.extend(_uses_elsewhere(results))
    name = str(root)
    flows = tuple(r.info for r in results if r.info is not None)
    if any(d.blocking for d in diags):
        return RepoResult(name, Outcome.BLOCKED, (), tuple(diags), flows=flows)
    if not results and any(d.code in ("MIG003", "MIG004") for d in diags):
        return RepoResult(name, Outcome.UNCHANGED, (), tuple(diags))
    if not results:
        multi = _multi_stage(repo, inv)
        note = (
            Diagnostic("MIG002", f"`{multi}` is already multi-stage and no script extracts artifacts", multi)
            if multi
            else Diagnostic("MIG001", "no script builds, extracts and rebuilds")
        )
        said = any(d.code == note.code for d in diags)  # a script's extraction no build takes said why already
        return RepoResult(name, Outcome.UNCHANGED, (), tuple(diags) if said else (*diags, note))
    changes: dict[str, FileChange] = {}
    superseded = _superseded(results)
    for r in results:
        for path, new in r.new_files.items():
            if path in superseded[id(r)]:
                continue
            if path in changes and changes[path].new == new:
                continue  # two orchestrators of one flow (twins) change it alike
            if path in changes:
                diags.append(Diagnostic("MIG210", f"two scripts ({r.script} and another) change `{path}`", path))
                continue
            if not repo.exists(path):  # a file the migration creates (a per-Dockerfile ignore file)
                changes[path] = FileChange(path, None, new)
                continue
            old = repo.read(path)
            if new == old.raw:
                continue  # the flow left nothing to change in it (its runtime build stays as it is)
            changes[path] = FileChange(path, old.raw, new, old.mode)
    if any(d.blocking for d in diags):
        return RepoResult(name, Outcome.BLOCKED, (), tuple(diags), flows=flows)
    first = results[0]
    return RepoResult(
        name,
        Outcome.MIGRATED,
        tuple(changes[p] for p in sorted(changes)),
        tuple(diags),
        tuple(line for r in results for line in r.summary if line.split(":", 1)[0] not in superseded[id(r)]),
        entrypoint=first.entry or _entrypoint(repo.read(first.script), first.cwd),
        entry_cwd=first.cwd,
        flows=flows,
    )
