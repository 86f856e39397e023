"""Diagnostics: the catalogue of codes, and the finding that carries one with a location and a hint."""

from __future__ import annotations

from enum import StrEnum
from typing import NamedTuple


class Severity(StrEnum):
    ERROR = "error"  # blocks the migration
    WARNING = "warning"  # the migration goes ahead; a person should look
    NOTE = "note"  # information


class Rule(NamedTuple):
    """One diagnostic code: its severity, what it means, and the hint shown with it."""

    code: str
    severity: Severity
    title: str
    hint: str


def _rules(*rules: Rule) -> dict[str, Rule]:
    return {r.code: r for r in rules}


E, W, N = Severity.ERROR, Severity.WARNING, Severity.NOTE

# One catalogue, grouped by pipeline stage: MIG0xx outcome, MIG1xx read/parse, MIG2xx trace, MIG3xx plan,
# MIG4xx advisories.
CATALOGUE: dict[str, Rule] = _rules(
    Rule("MIG001", N, "nothing to migrate", "No builder-pattern flow (build, extract, rebuild) was found."),
    Rule("MIG002", N, "already multi-stage", "The Dockerfile already uses several stages; nothing to do."),
    Rule(
        "MIG003",
        N,
        "ignored by a `# migrate: ignore` comment",
        "Remove the `# migrate: ignore` line to let the tool migrate this flow.",
    ),
    Rule(
        "MIG004",
        N,
        "flow touches an excluded path",
        "A file this flow would change matches `exclude` in the configuration; the flow is left alone.",
    ),
    Rule(
        "MIG005",
        N,
        "answer probed from the builder image",
        "`--probe` built the builder stage and inspected the image; the plan relies on this answer, which the "
        "files alone could not give. `migrate verify --probe` builds both setups and compares the images.",
    ),
    Rule(
        "MIG006",
        N,
        "builder image not probed",
        "`--probe` could not ask the builder image (no engine, a base image missing, a failed build); the plan "
        "is the one the files alone give. Install podman or start Docker, or load the base image, and run again.",
    ),
    Rule(
        "MIG101",
        E,
        "syntax error",
        "The file's own language (bash, make or Python) rejects it here: fix the syntax at this line.",
    ),
    Rule("MIG102", E, "Dockerfile cannot be parsed", "Fix the Dockerfile syntax at this line."),
    Rule("MIG103", E, "file cannot be read", "Check the file's permissions and that it is text."),
    Rule("MIG104", E, "file too large", "Files over the size limit are not analysed."),
    Rule(
        "MIG105",
        E,
        "shell nested too deeply",
        "Flatten the nesting (a function, an early exit) around this line; the analysis has a depth limit.",
    ),
    Rule(
        "MIG106",
        E,
        "uncommitted changes",
        "Commit or stash the changes to this file first, so the migration can be reviewed and undone with "
        "git; or pass --allow-dirty.",
    ),
    Rule(
        "MIG107",
        E,
        "file changed during the run",
        "The file changed on disk (or became a link) after it was read; nothing was written. Run again.",
    ),
    Rule(
        "MIG108",
        E,
        "file cannot be written",
        "Check the permissions of the file and its directory, and the free space; then run again.",
    ),
    Rule(
        "MIG109",
        E,
        "orchestrator language not read",
        "Only shell scripts, Makefiles and Python scripts are read; port this flow to one of them (or migrate "
        "it by hand), or exclude the file in the configuration if it is not used.",
    ),
    Rule(
        "MIG110",
        E,
        "shell construct not read",
        "The shell reader could not read this region, and the flow depends on it: write it in a simpler form "
        "that bash runs the same way, or migrate by hand.",
    ),
    Rule(
        "MIG111",
        N,
        "file with a syntax error not read",
        "The file's own language rejects it (bash, make, or Python: often Python 2) and it names no Dockerfile "
        "of the repository and copies nothing out of a container, so it is taken as no orchestrator; fix it if "
        "it runs a flow.",
    ),
    Rule(
        "MIG112",
        E,
        "make pattern rule not followed",
        "make instantiates pattern rules (`%`) for the targets that need them, which is not followed: write "
        "the rule out for its targets, or migrate by hand.",
    ),
    Rule(
        "MIG114",
        E,
        "repository in use by another run",
        "Another `migrate` run is writing this repository (it holds its lock); nothing was written. Run again "
        "when it has finished.",
    ),
    Rule(
        "MIG115",
        E,
        "files could not be searched",
        "These files or directories could not be read, so uses of the files the migration deletes or of the "
        "extracted artifacts may hide there; make them readable (or remove them), then run again.",
    ),
    Rule(
        "MIG116",
        E,
        "configuration file refused",
        "The repository's `.migrate.toml` or `[tool.migrate]` cannot be used (the message names the file and the "
        "key); fix it, then run again. `migrate run` says the same as a usage error (exit 2).",
    ),
    Rule(
        "MIG117",
        E,
        "repository not found",
        "A repository named on the command line or in --from-file is not a directory here; correct the list.",
    ),
    Rule(
        "MIG113",
        E,
        "docker run by make's expansion",
        "make runs `$(shell …)` while it expands a recipe, before the recipe's first line; run the command as a "
        "recipe line of its own (its output in a file or a shell variable) so it runs in the order written.",
    ),
    Rule(
        "MIG201",
        E,
        "value cannot be resolved",
        "Give the variable a literal value in the script, or a default such as ${VAR:-value}.",
    ),
    Rule(
        "MIG202",
        E,
        "unsupported docker option",
        "This option changes the build in a way the migration cannot reproduce; migrate by hand.",
    ),
    Rule(
        "MIG203",
        E,
        "container or image not linked to a build",
        "The container must come from an image the script builds, by the same name.",
    ),
    Rule(
        "MIG204",
        E,
        "builder container runs a command",
        "The artifact may be produced or changed when the container runs; only `docker create` "
        "(or a run of a harmless command) can be migrated.",
    ),
    Rule(
        "MIG205",
        E,
        "flow under a condition, loop or function",
        "Move the builder flow to straight-line code, or migrate by hand.",
    ),
    Rule("MIG206", E, "Dockerfile from standard input", "Keep the builder Dockerfile in a file."),
    Rule("MIG207", E, "path outside the repository", "The migration only touches files inside the repository."),
    Rule("MIG208", E, "legacy step fails", "As written, this step fails (see the message); fix the script first."),
    Rule(
        "MIG209",
        N,
        "destination state taken from the checkout",
        "The script does not create or remove this path before `docker cp`; a clean checkout is assumed.",
    ),
    Rule("MIG210", E, "conflicting builds", "Two builds use the same tag or Dockerfile in incompatible ways."),
    Rule(
        "MIG213",
        E,
        "build context streamed from a container",
        "Have the builder leave the files in its image and let the runtime Dockerfile COPY them; then the "
        "migration can turn that into COPY --from.",
    ),
    Rule(
        "MIG214",
        E,
        "compose service run not traced",
        "A compose service run with volumes can write into the repository; migrate by hand, or exclude this "
        "file in the configuration if the service does not build what an image takes.",
    ),
    Rule(
        "MIG211",
        E,
        "docker SDK call cannot be modelled",
        "Write the step with docker.from_env() and images.build, containers.create or containers.run, their "
        "arguments written out in the call, or as a docker command; or migrate by hand.",
    ),
    Rule(
        "MIG212",
        E,
        "builder and runtime built by different docker clients",
        "The docker SDK builds with the Engine API's classic builder, the docker CLI with BuildKit; build "
        "both images the same way, then migrate.",
    ),
    Rule(
        "MIG301",
        E,
        "host step changes an artifact",
        "Between extraction and the runtime build the host changes the artifact; move this step into "
        "the builder Dockerfile (as a RUN), then migrate.",
    ),
    Rule(
        "MIG302",
        E,
        "artifact never reaches the runtime build",
        "Only artifacts that a later `docker build` COPYs from its context can move into a stage.",
    ),
    Rule(
        "MIG303",
        E,
        "artifact added with ADD",
        "ADD extracts local tar archives and has no --from; use COPY if extraction is not wanted.",
    ),
    Rule(
        "MIG304", E, "builder and runtime use different build contexts", "Build both from the same context directory."
    ),
    Rule(
        "MIG305",
        E,
        "build argument conflict",
        "The builder and the runtime build give the same build argument different values.",
    ),
    Rule(
        "MIG306",
        E,
        ".dockerignore filters an artifact",
        "The legacy runtime build did not see what .dockerignore excludes; a COPY --from would.",
    ),
    Rule(
        "MIG307",
        E,
        "parser directive conflict",
        "The two Dockerfiles use different `# syntax=` or `# escape=` directives.",
    ),
    Rule("MIG308", E, "platform conflict", "The builder and runtime builds target different platforms."),
    Rule(
        "MIG309",
        E,
        "file referenced elsewhere",
        "Another file uses the builder Dockerfile or an extracted artifact; update it by hand first.",
    ),
    Rule(
        "MIG311",
        E,
        "COPY source cannot be mapped",
        "The COPY source mixes context files and extracted artifacts in a way the migration cannot "
        "express; list the artifact in its own COPY.",
    ),
    Rule(
        "MIG312",
        E,
        "artifact used on the host",
        "A kept statement reads an extracted artifact, which no longer exists on the host after "
        "migration; remove or change that statement.",
    ),
    Rule(
        "MIG313",
        E,
        "statement cannot be removed",
        "This builder-flow statement sits inside a construct the rewriter cannot edit safely.",
    ),
    Rule("MIG314", W, "stage name changed", "A builder stage was renamed to avoid a clash."),
    Rule(
        "MIG315",
        E,
        "builder image used after extraction",
        "The builder image is used by another statement (push, run, tag); migrate by hand.",
    ),
    Rule(
        "MIG316",
        W,
        "deleted file mentioned in documentation",
        "Update the documentation to describe the one multi-stage build.",
    ),
    Rule(
        "MIG317",
        W,
        "file mode taken from the shell's umask",
        "The legacy flow wrote this file with a shell redirection, so its mode came from the umask; the "
        "migration gives it 0644 (umask 022). Add an explicit --chmod to the COPY if another mode is wanted.",
    ),
    Rule(
        "MIG318",
        E,
        "runtime image copies a file the migration changes",
        "Add the build files (Dockerfiles, the build script) to .dockerignore so the image does not hold "
        "them, or copy only what the image needs; then migrate.",
    ),
    Rule(
        "MIG319",
        W,
        "extracted artifact mentioned in documentation",
        "After the migration the artifact stays inside the multi-stage build and no longer appears on the "
        "host; update the text (`docker build --target <stage> --output type=local,dest=<dir> .` exports "
        "a stage's files with BuildKit).",
    ),
    Rule(
        "MIG320",
        E,
        "host step changes the builder's input",
        "The legacy builder read its context before this step ran; the merged build reads it later, at the "
        "runtime build. Move the step before the builder build (or into the builder Dockerfile), then migrate.",
    ),
    # MIG4xx: advisories beyond the migration. Always notes, never applied, never change the exit code.
    Rule(
        "MIG401",
        N,
        "runtime image carries a build toolchain",
        "The builder already produces the artifact; a runtime-only base image (a JRE, distroless, slim "
        "runtime) would make the image smaller and its attack surface narrower.",
    ),
    Rule(
        "MIG402",
        N,
        "`COPY . .` before dependency manifests",
        "Copy the dependency manifests first and install dependencies before copying the rest of the "
        "sources, so a source change does not invalidate the dependency layer.",
    ),
    Rule(
        "MIG403",
        N,
        "no .dockerignore in the build context",
        "Every build sends the whole context to the builder; a .dockerignore (.git, build output, local "
        "secrets) keeps it small and keeps secrets out of the image.",
    ),
)


class Diagnostic(NamedTuple):
    """One finding at a place in the repository: a code from the catalogue, a message, and a hint."""

    code: str
    message: str
    path: str | None = None  # repository-relative, POSIX
    line: int | None = None
    col: int | None = None
    hint: str | None = None

    @property
    def rule(self) -> Rule:
        return CATALOGUE[self.code]

    @property
    def severity(self) -> Severity:
        return self.rule.severity

    @property
    def blocking(self) -> bool:
        return self.severity is Severity.ERROR

    def location(self) -> str:
        if self.path is None:
            return ""
        if self.line is None:
            return self.path
        return f"{self.path}:{self.line}:{self.col or 1}"

    def format(self) -> str:
        loc = self.location()
        head = f"{loc}: " if loc else ""
        text = f"{head}{self.severity.value}: {self.code} {self.message}"
        hint = self.hint or self.rule.hint
        return f"{text}\n  hint: {hint}" if hint else text
