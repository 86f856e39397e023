"""A runtime image built with the docker SDK (`client.images.build(...)`, python_sdk.py) takes the builder
builds' build arguments in its `buildargs={...}` and their `nocache`/`pull` as keyword arguments, written in
the call's own layout. docker-py builds through the Engine API's classic builder, so a builder the docker
CLI built (BuildKit) is refused: its Dockerfile would now be built by the other builder."""

from __future__ import annotations

import json

from migrate.diagnostics import Diagnostic
from migrate.parse.sdk_model import BuildCallSite, SdkWord, build_call_site
from migrate.render.edits import Edit
from migrate.source import SourceFile
from migrate.trace.docker_cli import Arg
from migrate.trace.flow import Build, diagnostic_at

_KEYWORDS = {"no-cache": "nocache", "pull": "pull"}


def sdk_call(build: Build) -> BuildCallSite | None:
    """The SDK call that builds `build`, None for the docker CLI."""
    return build_call_site([a.word for a in build.argv if a.word is not None])


def carry_into_sdk_call(
    call: BuildCallSite,
    builders: list[Build],
    runtime: Build,
    carried: list[tuple[str, Arg]],
    source: SourceFile,
) -> tuple[list[Edit], list[Diagnostic]]:
    """The edits that give the runtime's SDK call the builders' build arguments and cache flags."""
    diags: list[Diagnostic] = []
    for b in builders:
        if sdk_call(b) is None:
            diags.append(
                diagnostic_at(
                    source,
                    "MIG212",
                    "the builder is built by the docker CLI and the runtime by the docker SDK: the merged "
                    "Dockerfile would be built by the SDK's classic builder instead of BuildKit",
                    b.site,
                )
            )
    entries: list[str] = []
    for name, arg in carried:
        split = arg.value.split_first("=")
        value = split[1].literal if split else None
        if value is not None:
            entries.append(f"{json.dumps(name)}: {json.dumps(value)}")
        elif split and isinstance(arg.word, SdkWord) and arg.word.source is not None:
            entries.append(f"{json.dumps(name)}: {arg.word.source}")  # the value as the builder's call wrote it
        else:
            diags.append(
                diagnostic_at(
                    source,
                    "MIG313",
                    f"--build-arg {name} cannot be written into the SDK call's buildargs",
                    runtime.site,
                )
            )
    edits: list[Edit] = []
    keywords: list[str] = []
    given = {name: (start, end, value) for name, start, end, value in call.flags}
    for flag, keyword in _KEYWORDS.items():
        if not any(flag in b.call.flags for b in builders) or flag in runtime.call.flags:
            continue
        if keyword in given:  # `nocache=False` as written
            start, end, _ = given[keyword]
            edits.append(Edit(start, end, "True"))
        else:
            keywords.append(f"{keyword}=True")
    if entries:
        if call.buildargs is not None:
            edits.append(Edit(call.buildargs.at, call.buildargs.at, call.buildargs.text(entries)))
        elif call.has_buildargs:
            diags.append(
                diagnostic_at(
                    source, "MIG313", "the runtime build's buildargs= is not a dict display to add to", runtime.site
                )
            )
        else:
            keywords.insert(0, "buildargs={" + ", ".join(entries) + "}")
    if keywords:
        edits.append(Edit(call.keywords.at, call.keywords.at, call.keywords.text(keywords)))
    return edits, diags
