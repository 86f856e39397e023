"""Merge builder Dockerfiles into the runtime Dockerfile as stages placed before the runtime's first stage:
stage names kept (collisions renamed), the artifact stage named, numeric `--from=N` renumbered, parser
directives reconciled, global ARGs checked, line endings unified to the runtime file's."""

from __future__ import annotations

import posixpath
import re
from typing import Final

from migrate.diagnostics import Diagnostic
from migrate.frontends.shell import SHELL
from migrate.parse.dockerfile import Dockerfile, Instruction, Stage
from migrate.plan.tidy import Tidied, tidy
from migrate.render.edits import Edit, apply_edits
from migrate.slotted import Slotted
from migrate.trace.docker_cli import Arg

_MOUNT_FROM = re.compile(r"(?<=[,=])from=([^,\s]+)")
_VAR = re.compile(r"\$\{?([A-Za-z_][A-Za-z0-9_]*)")
_ROOT_USERS = {"root", "0", "0:0", "root:root", "root:0", "0:root"}


class BuilderFile(Slotted):
    """A builder Dockerfile to merge, the stage its artifacts come from, and its stages' new names."""

    __slots__ = (
        "context",
        "dockerfile",
        "keep_config",
        "post_run",
        "rebase",
        "removed",
        "renames",
        "run_args",
        "stage_name",
        "target",
    )

    dockerfile: Final[Dockerfile]
    target: Final[str | None]  # --target of the builder build
    stage_name: str  # the name its artifact stage gets in the merged file
    renames: Final[dict[str, str]]  # old stage name (lower) -> new name
    post_run: list[str]  # lines appended to the artifact stage (see plan/runs.py)
    run_args: list[tuple[str, Arg]]  # ARGs of post_run the remaining build sets
    rebase: list[Edit]  # COPY sources moved onto the runtime's context (rebase.py)
    context: Final[str | None]  # the builder build's own context directory
    keep_config: bool  # another file builds and may run this stage's image: its CMD & co. stay
    removed: list[Tidied]  # lines the merge left out, with their rule

    def __init__(
        self,
        dockerfile: Dockerfile,
        target: str | None,
        post_run: list[str] | None = None,
        context: str | None = None,
        keep_config: bool = False,
    ) -> None:
        self.dockerfile = dockerfile
        self.target = target
        self.stage_name = ""
        self.renames = {}
        self.post_run = [] if post_run is None else post_run
        self.run_args = []
        self.rebase = []
        self.context = context
        self.keep_config = keep_config
        self.removed = []

    def artifact_stage(self) -> Stage | None:
        if self.target is None:
            return self.dockerfile.stages[-1] if self.dockerfile.stages else None
        return self.dockerfile.stage_named(self.target)

    @property
    def chown_root(self) -> bool:
        """Files in this builder may not be root's: it switches USER or chowns (or a run added a USER)."""
        for ins in self.dockerfile.instructions:
            if ins.keyword == "USER" and ins.args and ins.args[0].text.lower() not in _ROOT_USERS:
                return True
            if "chown" in ins.flags:
                return True
        return False


class MergeResult(Slotted):
    """The edits that merge the builder stages into the runtime Dockerfile, and why any were refused."""

    __slots__ = ("diagnostics", "edits")

    edits: list[Edit]  # on the runtime Dockerfile's text
    diagnostics: list[Diagnostic]

    def __init__(self) -> None:
        self.edits = []
        self.diagnostics = []


def _diag(df: Dockerfile, code: str, message: str, ins: Instruction | None = None) -> Diagnostic:
    return Diagnostic(code, message, str(df.source.path), ins.line if ins else 1, 1)


_GENERIC = {"build", "builder", "builds", "docker", "dockerfile", "dockerfiles", "containerfile", "df", "ci", "src"}
_GENERIC |= {"container", "containers", "image", "images", "dist", "release", "deploy", "scripts", "tools"}


def what_it_builds(path: str) -> str | None:
    """What a builder Dockerfile builds, read from its path: `api/Dockerfile.build`, `Dockerfile.api`,
    `web.Dockerfile` and `build/web/Dockerfile` say `api`, `api`, `web`, `web`; None when it says nothing."""
    parts = posixpath.normpath(path).split("/")
    for part in reversed(parts):
        words = [w for w in re.split(r"[._-]+", part.lower()) if w and w not in _GENERIC]
        slug = re.sub(r"[^a-z0-9-]", "", "-".join(words))
        if slug and slug[0].isalpha():
            return slug
    return None


def _defaults(builders: list[BuilderFile], default: str) -> list[str]:
    """The name each builder's artifact stage gets when it has none: `default` for one builder; for several,
    `build-<what it builds>` when the paths tell them apart (with the default name), else `default`."""
    if len(builders) < 2 or default != "builder":
        return [default] * len(builders)
    what = [what_it_builds(str(b.dockerfile.source.path)) for b in builders]
    if None in what or len(set(what)) != len(what):
        return [default] * len(builders)
    return [f"build-{w}" for w in what]


def name_stages(runtime: Dockerfile, builders: list[BuilderFile], default: str = "builder") -> list[Diagnostic]:
    """Give each builder's artifact stage a name (`default` when it has none; `build-api`, `build-web` for
    several builders whose paths say what they build) and rename builder stages that clash with others."""
    diags: list[Diagnostic] = []
    taken = {s.name.lower() for s in runtime.stages if s.name}
    names = _defaults(builders, default)
    for b, first in zip(builders, names, strict=True):
        for st in b.dockerfile.stages:
            if st.name is None:
                continue
            new = st.name
            n = 2
            while new.lower() in taken:
                new = f"{st.name}-{n}"
                n += 1
            if new != st.name:
                b.renames[st.name.lower()] = new
                diags.append(
                    _diag(
                        b.dockerfile,
                        "MIG314",
                        f"stage `{st.name}` is renamed `{new}`: the runtime "
                        "Dockerfile already has a stage of that name",
                        st.from_,
                    )
                )
            taken.add(new.lower())
        art = b.artifact_stage()
        if art is not None and art.name is not None:
            b.stage_name = b.renames.get(art.name.lower(), art.name)
            continue
        new, n = first, 2
        while new in taken:
            new = f"{first}-{n}"
            n += 1
        b.stage_name = new
        taken.add(new)
    return diags


def _ref_edits(df: Dockerfile, renames: dict[str, str], shift: int) -> list[Edit]:
    """Rename stage references and shift numeric ones in FROM, COPY --from and RUN --mount from=."""
    edits: list[Edit] = []

    def new_ref(ref: str) -> str | None:
        if ref.isdigit():
            return str(int(ref) + shift) if shift else None
        return renames.get(ref.lower())

    for ins in df.instructions:
        if ins.keyword == "FROM":
            args = ins.args
            if args and (new := renames.get(args[0].text.lower())):
                edits.append(Edit(args[0].start, args[0].end, new))
            if len(args) >= 3 and args[1].text.lower() == "as" and (new := renames.get(args[2].text.lower())):
                edits.append(Edit(args[2].start, args[2].end, new))
            continue
        for tok in ins.flags.values():
            if tok.text.startswith("--from="):
                ref = tok.text[len("--from=") :]
                if (new := new_ref(ref)) is not None:
                    edits.append(Edit(tok.start + len("--from="), tok.end, new))
            elif tok.text.startswith("--mount="):
                for m in _MOUNT_FROM.finditer(tok.text):
                    if (new := new_ref(m.group(1))) is not None:
                        edits.append(Edit(tok.start + m.start(1), tok.start + m.end(1), new))
    return edits


# what only a container of the image uses: dead in a stage that only feeds COPY --from (a VOLUME is worse than
# dead there: what a RUN writes below it after the VOLUME may be lost)
_CONTAINER_CONFIG = {"CMD", "ENTRYPOINT", "EXPOSE", "HEALTHCHECK"}


def dead_instructions(df: Dockerfile, keep_config: bool = False) -> list[Instruction]:
    """The CMD, ENTRYPOINT, EXPOSE, HEALTHCHECK and VOLUME instructions of the stages no other stage is built
    FROM: in the merged file they only feed COPY --from. With `keep_config` (another file runs the image)
    only the VOLUMEs."""
    bases = {st.base.lower() for st in df.stages}
    out: list[Instruction] = []
    for st in df.stages:
        if st.name is not None and st.name.lower() in bases:
            continue
        dead = {"VOLUME"} if keep_config else {"VOLUME", *_CONTAINER_CONFIG}
        out.extend(ins for ins in st.body if ins.keyword in dead)
    return out


def _dead_edits(b: BuilderFile) -> tuple[list[Edit], set[int]]:
    """Whole-line deletions of the builder's dead instructions and of the comments above them (plan/tidy.py),
    recorded in b.removed; and the offsets of the instructions that go."""
    df, text = b.dockerfile, b.dockerfile.text
    dead = dead_instructions(df, b.keep_config)
    edits = [Edit(text.rfind("\n", 0, ins.start) + 1, ins.end) for ins in dead]
    extra, hits = tidy(text, edits, SHELL, None)  # comments are `#` lines, as in a shell script
    b.removed = [
        *(Tidied("builder-volume" if ins.keyword == "VOLUME" else "builder-config", ins.line) for ins in dead),
        *(h for h in hits if h.rule != "blank-run"),
    ]
    return edits + extra, {ins.start for ins in dead}


def _builder_block(b: BuilderFile, shift: int, eol: str) -> str:
    df = b.dockerfile
    dead, gone = _dead_edits(b)
    edits = _ref_edits(df, b.renames, shift) + b.rebase + dead
    art = b.artifact_stage()
    if art is not None and art.name is None:
        last = art.from_.args[-1]
        kw = df.text[art.from_.start : art.from_.end].lstrip()[:4]
        edits.append(Edit(last.end, last.end, f" {'AS' if kw.isupper() else 'as'} {b.stage_name}"))
    if art is not None and b.post_run:
        end = [i for i in art.instructions if i.start not in gone][-1].end  # after the last instruction kept
        joint = "" if df.text[end - 1 : end] == "\n" else "\n"
        run = Edit(end, end, joint + "\n".join(b.post_run) + "\n")
        # a last FROM without a newline: its stage name goes in at the same offset, before the RUNs
        # (found by tests/test_fuzz_pipeline.py; two insertions at one offset are refused as overlapping)
        same = [e for e in edits if e.start == e.end == end]
        if same:
            edits.remove(same[-1])
            run = Edit(end, end, same[-1].text + run.text)
        edits.append(run)
    head = max(df.directive_end, 1 if df.text.startswith("\ufeff") else 0)
    if head:
        edits.append(Edit(0, head, ""))
    text = apply_edits(df.text, edits).lstrip("\r\n")
    lines = text.splitlines()
    while lines and not lines[-1].strip():
        lines.pop()
    return eol.join(lines) + eol


def _insertion_point(runtime: Dockerfile) -> int:
    """Before the runtime's first FROM and the comment lines directly above it."""
    first = next(i for i in runtime.instructions if i.keyword == "FROM")
    text = runtime.text
    point = first.start
    while point > runtime.directive_end:
        prev_start = text.rfind("\n", 0, point - 1) + 1
        line = text[prev_start:point].strip()
        if not line.startswith("#"):
            break
        point = prev_start
    return point


def _directives(runtime: Dockerfile, builders: list[BuilderFile], result: MergeResult) -> str:
    """The directive lines the merged file needs in addition to the runtime's own."""
    add = ""
    for b in builders:
        bd, rd = b.dockerfile.directives, runtime.directives
        if b.dockerfile.escape != runtime.escape:
            result.diagnostics.append(
                _diag(
                    b.dockerfile,
                    "MIG307",
                    f"escape character '{b.dockerfile.escape}' "
                    f"differs from the runtime Dockerfile's '{runtime.escape}'",
                )
            )
        if "syntax" in bd and "syntax" in rd and bd["syntax"] != rd["syntax"]:
            result.diagnostics.append(
                _diag(
                    b.dockerfile,
                    "MIG307",
                    f"`# syntax={bd['syntax']}` differs from the runtime Dockerfile's `# syntax={rd['syntax']}`",
                )
            )
        elif "syntax" in bd and "syntax" not in rd and not add:
            add = f"# syntax={bd['syntax']}{runtime.source.eol}"
    return add


def _global_args(df: Dockerfile) -> dict[str, str]:
    out: dict[str, str] = {}
    for ins in df.preamble:
        if ins.keyword == "ARG" and ins.args:
            text = ins.args[0].text
            out[text.partition("=")[0]] = text
    return out


def _check_globals(runtime: Dockerfile, builders: list[BuilderFile], result: MergeResult) -> None:
    seen = _global_args(runtime)
    for b in builders:
        own = _global_args(b.dockerfile)
        for name, text in own.items():
            if name in seen and seen[name] != text:
                result.diagnostics.append(
                    _diag(
                        b.dockerfile,
                        "MIG305",
                        f"global `ARG {text}` conflicts with `ARG {seen[name]}` in the merged Dockerfile",
                    )
                )
        for st in b.dockerfile.stages:
            from_text = " ".join(t.text for t in st.from_.args)
            for var in _VAR.findall(from_text):
                if var not in own and var in seen:
                    result.diagnostics.append(
                        _diag(
                            b.dockerfile,
                            "MIG305",
                            f"`{var}` in this FROM was empty in "
                            "the builder build but is a global ARG of the runtime "
                            "Dockerfile",
                            st.from_,
                        )
                    )
        seen.update(own)


def merge(
    runtime: Dockerfile,
    builders: list[BuilderFile],
    copy_edits: list[Edit],
    extra_stages: list[list[str]] | None = None,
) -> MergeResult:
    """Edits on the runtime Dockerfile's text that insert the builders and apply the COPY rewrites."""
    result = MergeResult()
    directives = _directives(runtime, builders, result)
    _check_globals(runtime, builders, result)
    eol = runtime.source.eol
    blocks: list[str] = []
    shift = 0
    for b in builders:
        blocks.append(_builder_block(b, shift, eol))
        shift += len(b.dockerfile.stages)
    for lines in extra_stages or []:  # stages the migration adds (archive unpacking), after the builders
        blocks.append(eol.join(lines) + eol)
        shift += 1
    point = _insertion_point(runtime)
    before = runtime.text[:point].lstrip("\ufeff")
    prefix = eol if before.strip() and not before.endswith(eol + eol) else ""
    block = prefix + eol.join(blocks) + eol
    start = 1 if runtime.text.startswith("\ufeff") else 0
    if directives and point == start:
        block = directives + block
    elif directives:
        result.edits.append(Edit(start, start, directives))
    result.edits.append(Edit(point, point, block))
    result.edits.extend(_ref_edits(runtime, {}, shift))
    result.edits.extend(copy_edits)
    return result
