"""Rewrite the runtime Dockerfile's COPY/ADD of extracted artifacts into `COPY --from=<stage>` with the same
resulting paths: directory-contents semantics, wildcards, renames, trailing slashes and flags kept.

Legacy ownership: files copied from the build context are 0:0, whoever owned them on the host, while
`COPY --from` keeps the builder's owners (FACTS.md C.2), so a builder that switches USER (or chowns) gets
`--chown=0:0` unless the original COPY already chose an owner."""

from __future__ import annotations

import fnmatch
import posixpath
from collections.abc import Callable
from dataclasses import dataclass
from typing import Final

from migrate.diagnostics import Diagnostic
from migrate.parse.dockerfile import Dockerfile, Instruction, Token
from migrate.plan.facts import UNKNOWN, Facts
from migrate.plan.flows import Artifact
from migrate.render.edits import Edit
from migrate.slotted import Slotted
from migrate.trace.paths import is_inside

_GLOB = set("*?[")
# ADD extracts local tar archives (detected by content); these names are never tar archives.
_NOT_ARCHIVES = (
    ".jar",
    ".war",
    ".ear",
    ".zip",
    ".whl",
    ".apk",
    ".so",
    ".dll",
    ".exe",
    ".js",
    ".mjs",
    ".css",
    ".html",
    ".json",
    ".txt",
    ".py",
    ".sh",
    ".class",
    ".wasm",
    ".bin",
    ".yaml",
    ".yml",
    ".toml",
    ".conf",
    ".properties",
    ".xml",
    ".md",
)
# what `tar -xf` reads on every system
_TARS = (".tar", ".tgz", ".tar.gz", ".tbz2", ".tar.bz2", ".txz", ".tar.xz")


class StageRef(Slotted):
    """The stage a rewritten COPY takes its files from."""

    __slots__ = ("chown_root", "name")

    name: Final[str]
    chown_root: Final[bool]  # COPY --from of this stage needs --chown=0:0 to keep the legacy 0:0 owners

    def __init__(self, name: str, chown_root: bool) -> None:
        self.name = name
        self.chown_root = chown_root


class CopyPlan(Slotted):
    """The runtime Dockerfile's COPY rewrites: the edits, the artifacts they consume, and the diagnostics."""

    __slots__ = ("consumed", "consumers", "diagnostics", "edits", "rewritten", "unpacks")

    edits: list[Edit]
    consumed: Final[set[int]]  # indexes into the artifact list
    diagnostics: list[Diagnostic]
    rewritten: Final[list[str]]  # summary lines
    consumers: dict[int, tuple[int, str]]  # artifact -> (COPY line, new COPY)
    unpacks: Final[list[Unpack]]

    def __init__(self) -> None:
        self.edits = []
        self.consumed = set()
        self.diagnostics = []
        self.rewritten = []
        self.consumers = {}
        self.unpacks = []


class _Mapped(Slotted):
    """One artifact a runtime COPY or ADD source names, with its path in the builder stage."""

    __slots__ = ("artifact", "dest", "inside", "src", "unpack")

    artifact: Final[int]
    src: Final[str]  # container source
    dest: Final[str]  # destination text
    unpack: int  # index into CopyPlan.unpacks when ADD extracted this archive
    inside: Final[bool]  # the COPY/ADD source is a directory holding the artifact, not the artifact itself

    def __init__(self, artifact: int, src: str, dest: str, unpack: int = -1, inside: bool = False) -> None:
        self.artifact = artifact
        self.src = src
        self.dest = dest
        self.unpack = unpack
        self.inside = inside


@dataclass(frozen=True)
class Unpack:
    """An archive ADD extracted: an unpack stage built FROM the builder runs `tar -xf` on it."""

    builder: int  # id() of the builder Build
    archive: str  # its path in the builder stage
    index: int

    @property
    def directory(self) -> str:
        return f"/.unpacked/{self.index}"


class _Refusal(Exception):
    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


def _mounted_over_checkout(a: Artifact) -> bool:
    """A host directory of the checkout that a container run had mounted: what it held is the repository's."""
    return a.extraction.via == "mount" and a.extraction.dest_state == "tracked"


def _leaves_context(src: str) -> bool:
    """A source climbing above the build context with `..` (an ADD URL is not a path)."""
    if "://" in src or ".." not in src:
        return False
    norm = posixpath.normpath(src.lstrip("/") or ".")
    return norm == ".." or norm.startswith("../")


def _has_glob(text: str) -> bool:
    return any(c in _GLOB for c in text)


class CopyRewriter:
    def __init__(
        self,
        runtime: Dockerfile,
        context: str,
        artifacts: list[Artifact],
        stages: dict[int, StageRef],  # by id() of the builder Build
        exists: Callable[[str], bool],
        listdir: Callable[[str], list[str]],
        facts: Facts = UNKNOWN,
    ) -> None:
        self.df = runtime
        self.facts = facts
        self._probed: list[str] = []  # what probed answers decided in the instruction at hand (MIG005 notes)
        self.context = context
        self.artifacts = artifacts
        self.stages = stages
        self.exists = exists
        self.listdir = listdir
        self.eol = runtime.source.eol
        self.plan = CopyPlan()

    def run(self) -> CopyPlan:
        for ins in self.df.instructions:
            if ins.keyword in ("COPY", "ADD") and "from" not in ins.flags and not ins.heredoc:
                self._probed.clear()
                try:
                    self._instruction(ins)
                except _Refusal as r:
                    line, col = ins.line, 1
                    self.plan.diagnostics.append(Diagnostic(r.code, str(r), str(self.df.source.path), line, col))
                    continue
                for message in dict.fromkeys(self._probed):
                    self.plan.diagnostics.append(Diagnostic("MIG005", message, str(self.df.source.path), ins.line, 1))
        return self.plan

    def _kind(self, artifact: int, container: str) -> str | None:
        """What the probe found at `container` in the builder image of the artifact (None: not probed)."""
        build = self.artifacts[artifact].build
        return self.facts.kind(build.dockerfile, build.target, container)

    # -- one instruction -------------------------------------------------------------------------
    def _instruction(self, ins: Instruction) -> None:
        args = ins.args
        if ins.is_json:
            text = self.df.text[ins.start : ins.end]
            if any(posixpath.basename(a.host) in text for a in self.artifacts):
                raise _Refusal("MIG311", f"{ins.keyword} in JSON form names an extracted artifact")
            return
        if len(args) < 2:
            return
        sources, dest = args[:-1], args[-1]
        keep: list[Token] = []
        mapped: list[_Mapped] = []
        for tok in sources:
            if _leaves_context(tok.text):
                raise _Refusal(
                    "MIG207",
                    f"the {ins.keyword} source `{tok.text}` leaves the build context (docker would read it "
                    "from inside the context instead); the migration does not guess which file is meant",
                )
            found = self._map(tok.text, dest.text, len(sources) > 1)
            if found is None:
                keep.append(tok)
                continue
            keep_token, maps = found
            if keep_token:
                keep.append(tok)
            mapped.extend(maps)
        if not mapped:
            return
        if ins.keyword == "ADD":
            self._check_add(ins, mapped)
        for flag in ("parents", "exclude", "checksum", "keep-git-dir", "unpack"):
            if flag in ins.flags:
                raise _Refusal("MIG311", f"{ins.keyword} --{flag} with an extracted artifact")
        for m in mapped:
            self.plan.consumed.add(m.artifact)
        self._emit(ins, keep, mapped)

    def _check_add(self, ins: Instruction, mapped: list[_Mapped]) -> None:
        """ADD of a file that cannot be an archive is a COPY; ADD of a tar archive is extracted in an unpack
        stage (ADD keeps the archive's owners and modes, as `tar -x` run as root does); anything else is
        refused, since ADD decides by content."""
        for m in mapped:
            name = posixpath.basename(m.src).lower()
            if name.endswith(_NOT_ARCHIVES) or m.inside:
                continue  # ADD copies a directory's files as COPY does: only a source that is an archive unpacks
            host = self.artifacts[m.artifact].host
            if self._kind(m.artifact, m.src) == "dir":  # ADD unpacks archive files, never a directory's contents
                self._probed.append(
                    f"`{m.src}` is a directory in the builder image (probed): ADD copies it as COPY does"
                )
                continue
            if not name.endswith(_TARS):
                raise _Refusal(
                    "MIG303",
                    f"ADD of the extracted `{host}`: ADD would extract it if its content is a "
                    "tar archive, and ADD has no --from",
                )
            if "chmod" in ins.flags or len(mapped) > 1 or m.dest.endswith(("/.", "/..")):
                raise _Refusal("MIG303", f"ADD of the extracted archive `{host}` with other sources or --chmod")
            m.unpack = len(self.plan.unpacks)
            self.plan.unpacks.append(Unpack(id(self.artifacts[m.artifact].build), m.src, m.unpack))

    # -- mapping ---------------------------------------------------------------------------------
    def _map(self, src: str, dest: str, multi: bool) -> tuple[bool, list[_Mapped]] | None:
        """None: the source does not involve an artifact. Else (keep the context source too, mappings)."""
        hp = posixpath.normpath(posixpath.join(self.context, src.lstrip("/"))) if src.strip("/") else self.context
        if "$" in src:
            prefix = posixpath.normpath(posixpath.join(self.context, src.split("$", 1)[0] or "."))
            if any(is_inside(a.host, prefix) for a in self.artifacts):
                raise _Refusal("MIG311", f"the COPY source `{src}` uses a variable and may name an artifact")
            return None
        if _has_glob(hp):
            return self._map_glob(hp, src, dest)
        for i, a in enumerate(self.artifacts):
            if is_inside(hp, a.host) and _mounted_over_checkout(a) and self.exists(hp):
                continue  # a repository file in a mounted directory: an input (the run is refused, MIG204)
            if is_inside(hp, a.host) and not a.container:  # a stream the command wrote: no file to map
                self.plan.consumed.add(i)  # (the planner refuses the stream at its run, MIG204)
                return True, []
            if is_inside(hp, a.host):
                container = _below(a.container, below_path(hp, a.host))
                if not a.merged:  # a merged artifact is a directory: COPY takes its contents, names aside
                    dest = self._renamed(i, hp, container, dest, multi)
                mixed = a.merged and self.exists(hp)  # the checkout has the file the COPY names too
                if src.endswith("/") and not container.endswith("/"):  # `COPY target/ .`: as the user wrote it
                    container += "/"
                return mixed, [_Mapped(i, container, dest)]
        inner = [(i, a) for i, a in enumerate(self.artifacts) if is_inside(a.host, hp) and a.host != hp]
        if not inner:
            return None
        # the COPY copies a directory holding artifacts: each lands at DEST/<its path below the directory>
        maps = [
            _Mapped(i, a.container, _join_dest(dest, below_path(a.host, hp).lstrip("/")), inside=True) for i, a in inner
        ]
        return self.exists(hp), maps

    def _map_glob(self, hp: str, src: str, dest: str) -> tuple[bool, list[_Mapped]] | None:
        parent, pattern = posixpath.split(hp)
        parent = parent or "."
        if _has_glob(parent):
            if any(is_inside(a.host, parent.split("*")[0].rstrip("/") or ".") for a in self.artifacts):
                raise _Refusal("MIG311", f"the wildcard source `{src}` may match extracted artifacts")
            return None
        for i, a in enumerate(self.artifacts):
            if is_inside(parent, a.host):  # the pattern lies inside an artifact directory: mirror it
                container = posixpath.join(_below(a.container, below_path(parent, a.host)), pattern)
                mixed = a.merged and any(fnmatch.fnmatchcase(n, pattern) for n in self.listdir(parent))
                return mixed, [_Mapped(i, container, dest)]
        matched: list[_Mapped] = []
        for i, a in enumerate(self.artifacts):
            a_parent = posixpath.dirname(a.host) or "."
            if a_parent == parent and fnmatch.fnmatchcase(posixpath.basename(a.host), pattern):
                if posixpath.basename(a.container) != posixpath.basename(a.host):
                    raise _Refusal(
                        "MIG311",
                        f"the wildcard `{src}` matches `{a.host}`, renamed from "
                        f"`{a.container}`: a file and a directory would land differently",
                    )
                matched.append(_Mapped(i, a.container, dest))
            elif is_inside(a.host, parent) and a_parent != parent:
                below = below_path(a.host, parent).lstrip("/")
                if fnmatch.fnmatchcase(below.split("/", 1)[0], pattern):
                    raise _Refusal("MIG311", f"the wildcard `{src}` matches a directory holding `{a.host}`")
        if not matched:
            return None
        repo_matches = [n for n in self.listdir(parent) if fnmatch.fnmatchcase(n, pattern)]
        return bool(repo_matches), matched

    def _renamed(self, artifact: int, hp: str, container: str, dest: str, multi: bool) -> str:
        """The destination for a renamed artifact: copied into a directory, a file lands under its host name
        (given explicitly) and a directory's contents land alike; refused when nobody knows which it is."""
        if posixpath.basename(hp) == posixpath.basename(container):
            return dest
        if multi or dest.endswith("/") or dest in (".", "./"):
            kind = self._kind(artifact, container)
            if kind == "dir":
                self._probed.append(
                    f"`{container}` is a directory in the builder image (probed): its contents land in `{dest}` "
                    "under either name"
                )
                return dest
            if kind == "file":
                named = _join_dest(dest, posixpath.basename(hp))
                self._probed.append(
                    f"`{container}` is a file in the builder image (probed): it is copied to `{named}`, "
                    "the name it had on the host"
                )
                return named
            raise _Refusal(
                "MIG311",
                f"`{hp}` is `{container}` renamed, copied into the directory `{dest}`: it would keep its "
                "container name; give the COPY an explicit file destination (or run with --probe)",
            )
        return dest

    # -- output ----------------------------------------------------------------------------------
    def _emit(self, ins: Instruction, keep: list[Token], mapped: list[_Mapped]) -> None:
        text = self.df.text
        first_line_end = text.find("\n", ins.start)
        first_line = text[ins.start : first_line_end if first_line_end != -1 else len(text)]
        indent = first_line[: len(first_line) - len(first_line.lstrip())]
        kw_text = first_line.lstrip()[: len(ins.keyword)]
        keyword = "COPY" if kw_text.isupper() else "copy"
        other_flags = [t.text for t in ins.flags.values()]
        has_chown = "chown" in ins.flags
        if "chmod" not in ins.flags and any(self.artifacts[m.artifact].extraction.via == "stdout" for m in mapped):
            # the legacy file came from a shell redirection: its mode was 0666 less the umask
            other_flags.append("--chmod=0644")
            self.plan.diagnostics.append(
                Diagnostic(
                    "MIG317",
                    "the extracted file was written by `>`; its legacy mode came from the umask",
                    str(self.df.source.path),
                    ins.line,
                    1,
                )
            )
        groups: dict[tuple[str, str], list[str]] = {}
        no_chown: set[str] = set()
        for m in mapped:
            stage = self.stages[id(self.artifacts[m.artifact].build)]
            if m.unpack >= 0:  # the archive's contents, as ADD extracted them, owners included
                unpack = self.plan.unpacks[m.unpack]
                name = unpack_stage(stage.name, unpack.index)
                no_chown.add(name)
                groups.setdefault((name, m.dest), []).append(unpack.directory + "/")
                continue
            groups.setdefault((stage.name, m.dest), []).append(m.src)
            self.plan.rewritten.append(f"{self.artifacts[m.artifact].host} -> COPY --from={stage.name} {m.src}")
        lines: list[str] = []
        for (stage_name, dest), srcs in groups.items():
            chown = stage_name not in no_chown and self._stage(stage_name).chown_root and not has_chown
            flags = [f"--from={stage_name}", *(["--chown=0:0"] if chown else []), *other_flags]
            lines.append(f"{indent}{keyword} {' '.join(flags)} {' '.join(srcs)} {dest}")
            for m in mapped:
                if m.dest == dest and (m.src in srcs or m.unpack >= 0):
                    self.plan.consumers[m.artifact] = (ins.line, lines[-1].strip())
        sources = ins.args[:-1]
        extra_flags = len(other_flags) > len(ins.flags)
        if not keep and len(groups) == 1 and ins.keyword == "COPY" and not extra_flags and not no_chown:
            # token edits keep everything else of the instruction as written (continuations, comments)
            (stage_name, dest), srcs = next(iter(groups.items()))
            chown = self._stage(stage_name).chown_root and not has_chown
            first = ins.tokens[0]
            prefix = f"--from={stage_name} " + ("--chown=0:0 " if chown else "")
            self.plan.edits.append(Edit(first.start, first.start, prefix))
            self.plan.edits.append(Edit(sources[0].start, sources[-1].end, " ".join(srcs)))
            if dest != ins.args[-1].text:
                self.plan.edits.append(Edit(ins.args[-1].start, ins.args[-1].end, dest))
            return
        new = self.eol.join(lines) + self.eol
        if not keep:
            self.plan.edits.append(Edit(ins.start, ins.end, new))
            return
        removed = [t for t in sources if t not in keep]
        for t in removed:  # drop the artifact sources (and the blank before each) from the context COPY
            self.plan.edits.append(Edit(t.start - 1 if text[t.start - 1] in " \t" else t.start, t.end, ""))
        joint = "" if text[ins.end - 1 : ins.end] == "\n" else self.eol  # a last line without its newline
        self.plan.edits.append(Edit(ins.end, ins.end, joint + new))

    def _stage(self, name: str) -> StageRef:
        return next(s for s in self.stages.values() if s.name == name)


def below_path(path: str, parent: str) -> str:
    """Where the host path `path` lies below `parent` (`is_inside(path, parent)`, both repository-relative
    and normalised; `.` is the repository root): empty when it is `parent`, else `/` and the rest."""
    if path == parent or path == ".":
        return ""
    if parent == ".":
        return "/" + path
    return path[len(parent.rstrip("/")) :]


def _below(container: str, rest: str) -> str:
    """The container path `rest` (empty or starting with `/`) below `container`."""
    return (container.rstrip("/") + rest) or "/"


def unpack_stage(builder_stage: str, index: int) -> str:
    return f"{builder_stage}-unpack-{index}"


def _join_dest(dest: str, rel: str) -> str:
    if dest in (".", "./"):
        return rel
    return dest.rstrip("/") + "/" + rel
