"""migrate/plan/tidy.py: what a removed step leaves behind goes with it (its comment block, its trailing
comment, the echo that announced it, the blank-line run it leaves), each line for a named rule listed in
the summary; and no migration of the bundled example, the corpus or the development set leaves an orphan."""

from __future__ import annotations

import difflib
import os
import re
import shutil
from pathlib import Path

import pytest

from migrate.diagnostics import Severity
from migrate.outcome import Outcome, RepoResult
from migrate.pipeline import migrate_repo
from migrate.plan.tidy import RULES, Tidied, summary_lines

ROOT = Path(__file__).resolve().parent.parent
BUILD = "docker build -t b -f Dockerfile.build .\n"
FLOW = "docker create --name c b\ndocker cp c:/out/app ./app\ndocker rm c\n"
RUNTIME = "docker build -t app .\n"


def migrate(
    root: Path, name: str, script: str, runtime: str = "FROM alpine\nCOPY app /app\n"
) -> tuple[str, RepoResult]:
    (root / "Dockerfile.build").write_text("FROM alpine\nRUN make\n")
    (root / "Dockerfile").write_text(runtime)
    (root / name).write_text(script)
    result = migrate_repo(root)
    assert result.outcome is Outcome.MIGRATED, [d.format() for d in result.diagnostics]
    assert [d.code for d in result.diagnostics if d.severity is not Severity.NOTE] == []
    new = {c.path: c.new for c in result.changes}[name]
    assert new is not None
    return new.decode(), result


def reduce(root: Path, script: str) -> str:
    return migrate(root, "build.sh", script)[0]


def test_comment_block_directly_above_removed_steps_goes(tmp_path: Path) -> None:
    script = "#!/bin/sh\n" + BUILD + "\n# Copy out the JAR file\n# (then clean up)\n" + FLOW + "\n" + RUNTIME
    assert reduce(tmp_path, script) == "#!/bin/sh\n\n" + RUNTIME


def test_comment_parted_from_removed_steps_by_a_blank_line_stays(tmp_path: Path) -> None:
    script = "#!/bin/sh\n# Build in a throwaway image, then package it small.\n\n" + BUILD + FLOW + "\n" + RUNTIME
    assert reduce(tmp_path, script) == "#!/bin/sh\n# Build in a throwaway image, then package it small.\n\n" + RUNTIME


def test_comment_that_also_describes_a_kept_step_stays(tmp_path: Path) -> None:
    script = "#!/bin/sh\n# build both images\n" + BUILD + FLOW + RUNTIME
    assert reduce(tmp_path, script) == "#!/bin/sh\n# build both images\n" + RUNTIME


def test_comment_above_removed_steps_at_the_end_of_a_function_body_goes(tmp_path: Path) -> None:
    body = "".join(f"  {line}\n" for line in (BUILD + FLOW + RUNTIME).splitlines())
    script = "#!/bin/sh\nbuild() {\n" + body + "  # clean up\n  docker rmi b\n}\nbuild\n"
    assert reduce(tmp_path, script) == "#!/bin/sh\nbuild() {\n  " + RUNTIME + "}\nbuild\n"


def test_trailing_comment_of_a_removed_line_goes(tmp_path: Path) -> None:
    script = "#!/bin/sh\n" + BUILD + FLOW.replace("docker rm c\n", "docker rm c  # clean up the container\n") + RUNTIME
    assert reduce(tmp_path, script) == "#!/bin/sh\n" + RUNTIME


def test_echo_announcing_removed_steps_goes(tmp_path: Path) -> None:
    script = '#!/bin/sh\necho "Building the builder..."\n' + BUILD + "\necho 'Extracting $C'\n" + FLOW + "\n"
    script += 'echo "Building the runtime image..."\n' + RUNTIME
    assert reduce(tmp_path, script) == '#!/bin/sh\n\necho "Building the runtime image..."\n' + RUNTIME


def test_echo_parted_by_blank_lines_from_the_steps_it_announces_goes(tmp_path: Path) -> None:
    script = "echo Building the builder\n\n" + BUILD + "\n" + FLOW + "\necho Building the image\n\n" + RUNTIME
    assert reduce(tmp_path, "#!/bin/sh\n" + script) == "#!/bin/sh\n\necho Building the image\n\n" + RUNTIME


def test_echo_above_a_kept_step_across_a_blank_line_stays(tmp_path: Path) -> None:
    script = "#!/bin/sh\necho Building\n\n" + BUILD + FLOW + RUNTIME
    assert reduce(tmp_path, script) == "#!/bin/sh\necho Building\n\n" + RUNTIME


@pytest.mark.parametrize(
    "echo",
    [
        pytest.param('echo "Extracting" >&2', id="redirected"),
        pytest.param('echo "Extracting at $(date)"', id="command substitution"),
        pytest.param('echo "Extracting" | tee -a log', id="output read by a pipe"),
        pytest.param('printf "%s\\n" extracting > log', id="printf into a file"),
    ],
)
def test_echo_that_does_more_than_announce_stays(tmp_path: Path, echo: str) -> None:
    new = reduce(tmp_path, "#!/bin/sh\n" + BUILD + echo + "\n" + FLOW + "\n" + RUNTIME)
    assert new == "#!/bin/sh\n" + echo + "\n\n" + RUNTIME


def test_blank_run_collapses_to_the_longest_run_the_file_had_there(tmp_path: Path) -> None:
    script = "#!/bin/sh\nset -e\n\n" + BUILD + "\n" + FLOW + "\n\n" + RUNTIME
    assert reduce(tmp_path, script) == "#!/bin/sh\nset -e\n\n\n" + RUNTIME
    script = "#!/bin/sh\nset -e\n\n" + BUILD + "\n" + FLOW + "\n" + RUNTIME
    assert reduce(tmp_path, script) == "#!/bin/sh\nset -e\n\n" + RUNTIME


def test_hash_line_in_a_here_document_is_not_a_comment(tmp_path: Path) -> None:
    script = "#!/bin/sh\ncat > notes.txt <<EOF\n# built by build.sh\nEOF\n" + BUILD + FLOW + RUNTIME
    assert reduce(tmp_path, script) == "#!/bin/sh\ncat > notes.txt <<EOF\n# built by build.sh\nEOF\n" + RUNTIME


def test_make_echo_and_comment_above_removed_recipe_lines_go(tmp_path: Path) -> None:
    makefile = (
        "image: builder\n\tdocker create --name c b\n\tdocker cp c:/out/app ./app\n\tdocker rm c\n"
        '\tdocker build -t app .\n\nbuilder:\n\t# build the builder\n\t@echo "building $(TAG)"\n'
        "\tdocker build -t b -f Dockerfile.build .\n"
    )
    new, _ = migrate(tmp_path, "Makefile", makefile)
    assert "# build the builder" not in new
    assert "@echo" not in new


MAKE_FLOW = "\tdocker create --name c b\n\tdocker cp c:/out/app ./app\n\tdocker rm c\n\tdocker build -t app .\n"


def test_emptied_make_target_goes_with_its_prerequisite_and_phony_mentions(tmp_path: Path) -> None:
    makefile = (
        "B = b\n\n.PHONY: image builder\n\nimage: builder\n" + MAKE_FLOW.replace("name c b", "name c $(B)") + "\n"
        "# build the builder image\nbuilder:\n\tdocker build -t $(B) -f Dockerfile.build .\n"
    )
    new, result = migrate(tmp_path, "Makefile", makefile)
    assert new == ".PHONY: image\n\nimage:\n\tdocker build -t app .\n"
    assert "Makefile: also removed line 12 (empty-target)" in result.summary
    assert "Makefile: also removed line 1 (unused-make-variable)" in result.summary
    assert "Makefile: also removed line 11 (orphan-comment)" in result.summary


@pytest.mark.parametrize(
    ("extra", "kept"),
    [
        pytest.param("builder:\n\ttrue\n\n", "builder:", id="the default goal"),
        pytest.param("", "builder: deps", id="a target whose prerequisite another rule makes"),
        pytest.param("again:\n\t$(MAKE) builder\n\n", "builder:", id="a target a recipe runs by name"),
    ],
)
def test_emptied_make_target_stays_when_something_still_runs_it(tmp_path: Path, extra: str, kept: str) -> None:
    deps = " deps" if "deps" in kept else ""
    makefile = (
        extra + "image: builder\n" + MAKE_FLOW + "\nbuilder:" + deps + "\n\tdocker build -t b -f Dockerfile.build .\n"
    )
    makefile += "\ndeps:\n\ttouch deps\n" if deps else ""
    new, _ = migrate(tmp_path, "Makefile", makefile)
    assert kept in new


def test_make_variable_still_used_or_maybe_used_by_an_include_stays(tmp_path: Path) -> None:
    makefile = "B = b\nT = app\n\nimage:\n\tdocker build -t $(B) -f Dockerfile.build .\n" + MAKE_FLOW.replace(
        "-t app", "-t $(T)"
    )
    new, _ = migrate(tmp_path, "Makefile", makefile)
    assert new.startswith("T = app\n")
    inc = tmp_path / "inc"
    inc.mkdir()
    (inc / "vars.mk").write_text("")
    new, _ = migrate(inc, "Makefile", "include vars.mk\n" + makefile)
    assert "B = b" in new


def test_python_function_no_longer_called_goes_with_imports_only_it_used(tmp_path: Path) -> None:
    script = (
        "import subprocess\nfrom os import environ as env\n\n\n# run a command line\ndef sh(*args):\n"
        "    subprocess.run(args, check=True, env=env)\n\n\n"
        "@register\ndef hook():\n    pass\n\n\ndef main():\n"
        '    sh("docker", "build", "-t", "b", "-f", "Dockerfile.build", ".")\n'
        '    subprocess.run(["docker", "create", "--name", "c", "b"], check=True)\n'
        '    subprocess.run(["docker", "cp", "c:/out/app", "./app"], check=True)\n'
        '    subprocess.run(["docker", "rm", "c"], check=True)\n'
        '    subprocess.run(["docker", "build", "-t", "app", "."], check=True)\n\n\nmain()\n'
    )
    new, result = migrate(tmp_path, "build.py", script)
    assert new == (
        "import subprocess\n\n\n@register\ndef hook():\n    pass\n\n\ndef main():\n"
        '    subprocess.run(["docker", "build", "-t", "app", "."], check=True)\n\n\nmain()\n'
    )
    assert "build.py: also removed line 6 (uncalled-function)" in result.summary
    assert "build.py: also removed line 2 (unused-import)" in result.summary


def test_python_function_still_called_stays(tmp_path: Path) -> None:
    script = (
        "import subprocess\n\n\ndef sh(*args):\n    subprocess.run(args, check=True)\n\n\n"
        'sh("docker", "build", "-t", "b", "-f", "Dockerfile.build", ".")\n'
        'sh("docker", "create", "--name", "c", "b")\nsh("docker", "cp", "c:/out/app", "./app")\n'
        'sh("docker", "rm", "c")\nsh("docker", "build", "-t", "app", ".")\n'
    )
    new, _ = migrate(tmp_path, "build.py", script)
    assert "def sh(*args):" in new


def test_python_print_announcing_removed_steps_goes(tmp_path: Path) -> None:
    script = (
        "import subprocess\n\n\ndef main():\n"
        '    print("building the builder")\n'
        '    subprocess.run(["docker", "build", "-t", "b", "-f", "Dockerfile.build", "."], check=True)\n'
        '    subprocess.run(["docker", "create", "--name", "c", "b"], check=True)\n'
        '    subprocess.run(["docker", "cp", "c:/out/app", "./app"], check=True)\n'
        '    subprocess.run(["docker", "rm", "c"], check=True)\n\n'
        '    print(f"building {TAG}")  # the image\n'
        '    subprocess.run(["docker", "build", "-t", "app", "."], check=True)\n\n\n'
        'TAG = "x"\nmain()\n'
    )
    new, _ = migrate(tmp_path, "build.py", script)
    assert 'print("building the builder")' not in new
    assert 'print(f"building {TAG}")  # the image\n' in new
    assert "\n\n\nTAG" in new  # two blank lines before a top-level statement stay two


def test_tidied_lines_listed_in_the_summary_by_rule(tmp_path: Path) -> None:
    script = '#!/bin/sh\nB=b\n# build it\ndocker build -t $B -f Dockerfile.build .\n\necho "extract"\n' + FLOW
    _, result = migrate(tmp_path, "build.sh", script + "\n" + RUNTIME)
    assert "build.sh: also removed line 3 (orphan-comment)" in result.summary
    assert "build.sh: also removed line 6 (announcing-echo)" in result.summary
    assert "build.sh: also removed line 2 (unused-variable)" in result.summary


def test_summary_lines_one_per_rule_in_rule_order() -> None:
    lines = summary_lines("b.sh", [Tidied("blank-run", 9), Tidied("orphan-comment", 4), Tidied("orphan-comment", 2)])
    assert lines == ["b.sh: also removed lines 2, 4 (orphan-comment)", "b.sh: also removed line 9 (blank-run)"]


def test_every_rule_is_shown_by_a_corpus_case(tmp_path: Path) -> None:
    shown: set[str] = set()
    for case in sorted((ROOT / "corpus").glob("*/expected")):
        dest = tmp_path / case.parent.name
        shutil.copytree(case.parent / "input", dest, symlinks=True)
        shown |= {m.group(1) for line in migrate_repo(dest).summary if (m := re.search(r"\(([a-z-]+)\)$", line))}
    assert set(RULES) <= shown, sorted(set(RULES) - shown)


def test_every_rule_is_documented_in_the_readme() -> None:
    readme = (ROOT / "README.md").read_text()
    for rule in RULES:
        assert f"`{rule}`" in readme, rule


# -- no orphans anywhere -------------------------------------------------------------------------------------

_COMMENT_OR_ECHO = re.compile(r"\s*[@+-]*\s*(#(?!!)|echo\b|printf\b|print\()")


def orphans(old: str, new: str) -> list[str]:
    """Kept comment or echo lines directly above removed lines that are followed by a blank line or the end
    of the file: what a reviewer would have to delete by hand."""
    a, b = old.splitlines(), new.splitlines()
    out = []
    for tag, i1, i2, _, _ in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag != "delete" or i1 == 0 or not a[i1].strip():
            continue  # a blank line between: the line above was not directly above a removed step
        above = a[i1 - 1]
        if _COMMENT_OR_ECHO.match(above) and (i2 == len(a) or not a[i2].strip()):
            out.append(f"{i1}: {above.strip()}")
    return out


def test_orphan_check_finds_an_orphaned_comment() -> None:
    old = "#!/bin/sh\n# Copy out the JAR file\ndocker cp c:/a .\n\ndocker build .\n"
    assert orphans(old, "#!/bin/sh\n# Copy out the JAR file\n\ndocker build .\n") == ["2: # Copy out the JAR file"]
    assert orphans(old, "#!/bin/sh\n\ndocker build .\n") == []


def _changed_texts(result: RepoResult, repo: Path) -> list[tuple[str, str, str]]:
    out = []
    for change in result.changes:
        old_path = repo / change.path
        if change.new is None or not old_path.exists() or "Dockerfile" in change.path:
            continue
        out.append((change.path, old_path.read_text(errors="replace"), change.new.decode(errors="replace")))
    return out


def _cases() -> list[Path]:
    cases = sorted(p.parent / "input" for p in (ROOT / "corpus").glob("*/case.toml"))
    return [ROOT / "examples" / "java-helloworld", *cases]


@pytest.mark.parametrize("repo", _cases(), ids=lambda p: p.parent.name if p.name == "input" else p.name)
def test_no_orphaned_comment_or_echo_lines_in_the_example_and_the_corpus(tmp_path: Path, repo: Path) -> None:
    dest = tmp_path / "repo"
    shutil.copytree(repo, dest, symlinks=True)
    result = migrate_repo(dest)
    for path, old, new in _changed_texts(result, dest):
        assert orphans(old, new) == [], path


def test_no_orphaned_comment_or_echo_lines_in_the_development_set(tmp_path: Path) -> None:
    """Over every development-set repository whose local copy is present (MIGRATE_DEVSET_MIRRORS)."""
    mirrors = os.environ.get("MIGRATE_DEVSET_MIRRORS")
    if not mirrors or not Path(mirrors).is_dir():
        pytest.skip("MIGRATE_DEVSET_MIRRORS names no directory of repository copies")
    import sys

    sys.path.insert(0, str(ROOT / "bench"))
    import bench_realworld as bench

    found: list[str] = []
    ran = 0
    for row in bench.load_rows(bench.DATA):
        git_dir = bench.find_git_dir(Path(mirrors) / row.mirror_name)
        if git_dir is None:
            continue
        dest = tmp_path / f"row{row.row}"
        bench.materialize(git_dir, row.commit, dest)
        ran += 1
        result = migrate_repo(dest)
        found += [
            f"{row.repo} {path}:{o}" for path, old, new in _changed_texts(result, dest) for o in orphans(old, new)
        ]
    assert ran > 0
    assert found == []


# -- the builder stage as a person would write it --------------------------------------------------------------

BUILDER_WITH_CONFIG = (
    "FROM alpine AS base\nVOLUME /cache\nRUN make\n\nFROM base\n# serve the docs while developing\nEXPOSE 8000\n"
    'HEALTHCHECK NONE\nENTRYPOINT ["make"]\nCMD ["serve"]\n'
)


def test_dead_builder_config_goes_from_a_stage_that_only_feeds_copy_from(tmp_path: Path) -> None:
    (tmp_path / "build.sh").write_text("#!/bin/sh\n" + BUILD + FLOW + RUNTIME)
    (tmp_path / "Dockerfile.build").write_text(BUILDER_WITH_CONFIG)
    (tmp_path / "Dockerfile").write_text("FROM alpine\nCOPY app /app\n")
    result = migrate_repo(tmp_path)
    merged = {c.path: c.new for c in result.changes}["Dockerfile"]
    assert merged is not None
    assert merged.decode().startswith("FROM alpine AS base\nVOLUME /cache\nRUN make\n\nFROM base AS builder\n\nFROM")
    assert "Dockerfile.build: also removed line 6 (orphan-comment)" in result.summary
    assert "Dockerfile.build: also removed lines 7, 8, 9, 10 (builder-config)" in result.summary


def test_builder_config_stays_when_another_file_builds_the_stage(tmp_path: Path) -> None:
    (tmp_path / ".github" / "workflows").mkdir(parents=True)
    (tmp_path / ".github" / "workflows" / "ci.yml").write_text(
        "on: [push]\njobs:\n  docs:\n    runs-on: ubuntu-latest\n    steps:\n"
        "      - run: docker build -t docs -f Dockerfile.build .\n      - run: docker run -d docs\n"
    )
    (tmp_path / "build.sh").write_text("#!/bin/sh\n" + BUILD + FLOW + RUNTIME)
    (tmp_path / "Dockerfile.build").write_text(BUILDER_WITH_CONFIG.replace("VOLUME /cache\n", ""))
    (tmp_path / "Dockerfile").write_text("FROM alpine\nCOPY app /app\n")
    result = migrate_repo(tmp_path)
    assert result.outcome is Outcome.MIGRATED, [d.format() for d in result.diagnostics]
    merged = {c.path: c.new for c in result.changes}["Dockerfile"]
    assert merged is not None
    assert 'EXPOSE 8000\nHEALTHCHECK NONE\nENTRYPOINT ["make"]\nCMD ["serve"]\n' in merged.decode()


def test_builder_container_writing_into_its_volume_becomes_a_run_without_the_volume(tmp_path: Path) -> None:
    (tmp_path / "build.sh").write_text(
        '#!/bin/sh\ndocker build -t b -f Dockerfile.build .\nmkdir -p out\ndocker run --rm -v "$PWD/out:/out" b\n'
        + RUNTIME
    )
    (tmp_path / "Dockerfile.build").write_text('FROM alpine\nRUN make\nVOLUME /out\nCMD ["cp", "/app", "/out/"]\n')
    (tmp_path / "Dockerfile").write_text("FROM alpine\nCOPY out/app /app\n")
    result = migrate_repo(tmp_path)
    assert result.outcome is Outcome.MIGRATED, [d.format() for d in result.diagnostics]
    merged = {c.path: c.new for c in result.changes}["Dockerfile"]
    assert merged is not None
    assert merged.decode().startswith(
        'FROM alpine AS builder\nRUN make\nRUN mkdir -p /out\nRUN ["cp", "/app", "/out/"]\n\nFROM alpine\n'
    )


def test_volume_of_a_stage_another_is_built_from_still_refuses_the_run(tmp_path: Path) -> None:
    (tmp_path / "build.sh").write_text(
        '#!/bin/sh\ndocker build -t b -f Dockerfile.build .\nmkdir -p out\ndocker run --rm -v "$PWD/out:/out" b\n'
        + RUNTIME
    )
    (tmp_path / "Dockerfile.build").write_text(
        'FROM alpine AS base\nVOLUME /out\n\nFROM base\nRUN make\nCMD ["cp", "/app", "/out/"]\n'
    )
    (tmp_path / "Dockerfile").write_text("FROM alpine\nCOPY out/app /app\n")
    result = migrate_repo(tmp_path)
    assert result.outcome is Outcome.BLOCKED
    assert any("VOLUME" in d.message for d in result.diagnostics if d.code == "MIG204")


def test_python_function_another_file_imports_is_kept() -> None:
    from migrate.frontends.python_tidy import tidy_python

    old = "import subprocess\n\ndef sh(*a):\n    subprocess.run(a)\n\nsh('docker', 'rm', 'x')\n"
    new = "import subprocess\n\ndef sh(*a):\n    subprocess.run(a)\n"
    assert "def sh" not in tidy_python(old, new)[0]
    kept, hits = tidy_python(old, new, lambda: "from build import sh\n")
    assert "def sh" in kept and hits == []


def test_python_tidy_skips_the_scope_analysis_when_every_name_loaded_before_is_loaded_still() -> None:
    from migrate.frontends.python_tidy import _may_leave_unused

    old = "import os\nimport docker\n\nOUT = os.getcwd()\nc = docker.from_env()\nc.build(OUT)\n"
    assert not _may_leave_unused(old, "import docker\n\nc = docker.from_env()\n")  # `os` went with its use
    assert not _may_leave_unused(old, old.replace("c.build(OUT)\n", "c.build('.')\n"))  # `os` still loaded
    assert _may_leave_unused(old, "import os\nimport docker\n\nc = docker.from_env()\nc.build('.')\n")


def test_python_import_still_loaded_as_a_local_of_the_same_name_stays() -> None:
    """The cheap look counts a load of a parameter named like the import as a use: the import stays (an
    unused import left behind, never a used one removed)."""
    from migrate.frontends.python_tidy import tidy_python

    old = "import json\n\ndef f(json):\n    return json\n\nprint(json.dumps(1))\nf(2)\n"
    new = "import json\n\ndef f(json):\n    return json\n\nf(2)\n"
    assert tidy_python(old, new) == (new, [])
