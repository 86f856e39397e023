"""migrate/plan/artifact_refs.py: other files that take an artifact the legacy flow left on
the host. Uses in files whose commands run on the host (CI, Makefiles, scripts, compose) block with MIG309;
mentions in documentation, comments and CI step names are MIG319 warnings.

Each case is a small repository: `Dockerfile.build` (the builder, stage `builder` after the migration),
`Dockerfile` (the runtime) and `build.sh`, which builds the builder, `docker cp`s `/out/app.jar` to
`app.jar` (or the given lines), builds the runtime and leaves the artifact on the host."""

from __future__ import annotations

from pathlib import Path

import pytest

from migrate.diagnostics import CATALOGUE, Diagnostic, Severity
from migrate.outcome import Outcome
from migrate.pipeline import migrate_repo
from migrate.plan.artifact_refs import Extracted, check_artifacts
from migrate.repo import Repo

CP = "docker cp c:/out/app.jar ./app.jar\n"
RUNTIME = "FROM alpine\nCOPY app.jar /opt/app.jar\n"


def migrate(
    root: Path, files: dict[str, str], cps: str = CP, runtime: str = RUNTIME, builder: str | None = None
) -> tuple[Outcome, list[Diagnostic]]:
    (root / "Dockerfile.build").write_text(builder or "FROM alpine\nRUN mkdir /out && touch /out/app.jar\n")
    (root / "Dockerfile").write_text(runtime)
    for rel, text in files.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text)
    (root / "build.sh").write_text(
        f"#!/bin/sh\ndocker build -t b -f Dockerfile.build .\ndocker create --name c b\n{cps}docker rm c\n"
        "docker build -t app .\n"
    )
    result = migrate_repo(root)
    return result.outcome, [d for d in result.diagnostics if d.severity is not Severity.NOTE]


def found(diags: list[Diagnostic]) -> list[tuple[str, str, int | None, int | None]]:
    return [(d.code, d.path or "", d.line, d.col) for d in diags]


WORKFLOW = """name: release
on: [push]
jobs:
  release:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: ./build.sh
      - uses: actions/upload-artifact@v4
        with:
          path: app.jar
"""


def test_ci_workflow_that_uploads_the_extracted_file_blocks_at_its_line(tmp_path: Path) -> None:
    outcome, diags = migrate(tmp_path, {".github/workflows/release.yml": WORKFLOW})
    assert outcome is Outcome.BLOCKED
    assert found(diags) == [("MIG309", ".github/workflows/release.yml", 11, 17)]
    assert "`app.jar`, which `build.sh` extracts to the host" in diags[0].message
    assert "stage `builder` of Dockerfile" in diags[0].message


def test_blocking_hint_names_the_buildkit_export_of_the_builder_stage(tmp_path: Path) -> None:
    _, diags = migrate(tmp_path, {".github/workflows/release.yml": WORKFLOW})
    hint = diags[0].format()
    assert "docker build --target builder --output type=local,dest=<dir> ." in hint
    assert "<dir>/out/app.jar" in hint


def test_hint_names_the_merged_dockerfile_when_it_is_not_the_default(tmp_path: Path) -> None:
    (tmp_path / "Dockerfile.run").write_text(RUNTIME)
    (tmp_path / "deploy.sh").write_text("#!/bin/sh\nscp app.jar host:/srv/\n")
    _, diags = migrate(tmp_path, {}, cps=CP.replace("\n", "\ndocker build -t app -f Dockerfile.run .\n"))
    assert found(diags) == [("MIG309", "deploy.sh", 2, 5)]
    assert "docker build -f Dockerfile.run --target builder --output type=local,dest=<dir> ." in diags[0].format()


@pytest.mark.parametrize(
    ("rel", "text", "line", "col"),
    [
        pytest.param("Makefile", "ship:\n\tscp ./app.jar host:/srv/\n", 2, 6, id="makefile recipe"),
        pytest.param("deploy.sh", "#!/bin/sh\nsha256sum app.jar > sums\n", 2, 11, id="shell script"),
        pytest.param("scripts/deploy", "#!/bin/bash\ncp ../app.jar /srv/\n", 2, 4, id="script by shebang, own dir"),
        pytest.param(".gitlab-ci.yml", "ship:\n  script:\n    - ./build.sh && cp app.jar /srv\n", 3, 24, id="gitlab"),
        pytest.param("Jenkinsfile", "sh 'ls -l $WORKSPACE/app.jar'\n", 1, 11, id="jenkins workspace variable"),
        pytest.param(".travis.yml", "after_success:\n  - cp $PWD/app.jar /tmp\n", 2, 8, id="travis pwd"),
        pytest.param(
            "docker-compose.yml",
            "services:\n  web:\n    image: app\n    volumes:\n      - ./app.jar:/opt/app.jar\n",
            5,
            9,
            id="compose bind mount",
        ),
    ],
)
def test_host_side_use_of_the_extracted_file_blocks(tmp_path: Path, rel: str, text: str, line: int, col: int) -> None:
    outcome, diags = migrate(tmp_path, {rel: text})
    assert outcome is Outcome.BLOCKED
    assert found(diags) == [("MIG309", rel, line, col)]


def test_documentation_mention_is_a_warning_and_the_migration_goes_ahead(tmp_path: Path) -> None:
    readme = "# App\n\nRun `./build.sh`; it leaves `app.jar` in the repository root.\n"
    docs = "See ../app.jar.\n\nThe [jar](../app.jar) and [app.jar] too.\n"
    outcome, diags = migrate(tmp_path, {"README.md": readme, "docs/build.md": docs})
    assert outcome is Outcome.MIGRATED
    assert found(diags) == [
        ("MIG319", "README.md", 3, 30),
        ("MIG319", "docs/build.md", 1, 5),
        ("MIG319", "docs/build.md", 3, 11),
    ]
    assert CATALOGUE["MIG319"].severity is Severity.WARNING
    assert "stage `builder` of Dockerfile" in diags[0].message


def test_comment_and_step_name_in_ci_are_warnings_not_blockers(tmp_path: Path) -> None:
    workflow = "jobs:\n  b:\n    steps:\n      # builds app.jar\n      - name: Build app.jar\n        run: ./build.sh\n"
    outcome, diags = migrate(tmp_path, {".github/workflows/ci.yml": workflow})
    assert outcome is Outcome.MIGRATED
    assert [(d.code, d.line) for d in diags] == [("MIG319", 4), ("MIG319", 5)]


def test_case_pattern_line_is_a_command_not_a_comment(tmp_path: Path) -> None:
    outcome, diags = migrate(tmp_path, {"ship.sh": '#!/bin/sh\ncase "$1" in\n*) cp app.jar /srv ;;\nesac\n'})
    assert outcome is Outcome.BLOCKED
    assert found(diags) == [("MIG309", "ship.sh", 3, 7)]


def test_one_finding_per_line(tmp_path: Path) -> None:
    _, diags = migrate(tmp_path, {"ship.sh": "#!/bin/sh\ncp app.jar a && cp ./app.jar b\n"})
    assert found(diags) == [("MIG309", "ship.sh", 2, 4)]


def test_directory_artifact_matches_paths_below_it(tmp_path: Path) -> None:
    outcome, diags = migrate(
        tmp_path,
        {"upload.sh": "#!/bin/sh\naws s3 sync dist/ s3://bucket\ncp dist/index.html /srv\n"},
        cps="docker cp c:/out/dist ./dist\n",
        runtime="FROM alpine\nCOPY dist /www\n",
        builder="FROM alpine\nRUN mkdir -p /out/dist && touch /out/dist/index.html\n",
    )
    assert outcome is Outcome.BLOCKED
    assert found(diags) == [("MIG309", "upload.sh", 2, 13), ("MIG309", "upload.sh", 3, 4)]
    assert "(in `dist`)" in diags[1].message


def test_directory_created_only_to_hold_artifacts_counts_as_a_use(tmp_path: Path) -> None:
    _, diags = migrate(
        tmp_path,
        {"ship.sh": "#!/bin/sh\ntar czf out.tgz out/\n"},
        cps="mkdir -p out\ndocker cp c:/out/app.jar out/app.jar\n",
        runtime="FROM alpine\nCOPY out/app.jar /opt/app.jar\n",
    )
    assert found(diags) == [("MIG309", "ship.sh", 2, 17)]
    assert "(holding `out/app.jar`)" in diags[0].message


def test_makefile_in_a_subdirectory_resolves_paths_from_its_own_directory(tmp_path: Path) -> None:
    files = {"deploy/Makefile": "ship:\n\tscp ../app.jar host:\n\tscp app.jar host:\n"}
    _, diags = migrate(tmp_path, files)
    assert found(diags) == [("MIG309", "deploy/Makefile", 2, 6)]


def test_ci_workflow_resolves_paths_from_the_repository_root(tmp_path: Path) -> None:
    workflow = "jobs:\n  b:\n    steps:\n      - run: cp ../app.jar /tmp\n"
    outcome, diags = migrate(tmp_path, {".github/workflows/ci.yml": workflow})
    assert outcome is Outcome.MIGRATED
    assert diags == []


# -- false-positive guards ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("rel", "text"),
    [
        pytest.param("ship.sh", "#!/bin/sh\ncp myapp.jar app.jar.sha256 app.jar-old /srv\n", id="longer names"),
        pytest.param("ship.sh", "#!/bin/sh\ndocker run img ls /out/app.jar /app.jar\n", id="absolute paths"),
        pytest.param("ship.sh", "#!/bin/sh\nscp host:app.jar . && cp ~/app.jar $HOME/app.jar .\n", id="other roots"),
        pytest.param("ship.sh", "#!/bin/sh\ncp lib/app.jar sub/app.jar /srv\n", id="same name elsewhere"),
        pytest.param(".gitignore", "app.jar\n", id="gitignore"),
        pytest.param("web/.dockerignore", "app.jar\n", id="dockerignore"),
        pytest.param("CHANGELOG.md", "- build.sh now extracts app.jar\n", id="changelog"),
        pytest.param("pom.xml", "<finalName>app.jar</finalName>\n", id="build tool config"),
        pytest.param("Main.java", "// loads app.jar\n", id="source file"),
        pytest.param("k8s/deploy.yaml", "args: [app.jar]\n", id="yaml that is not ci or compose"),
        pytest.param("Dockerfile.test", "FROM alpine\nCOPY app.jar /x\n", id="another dockerfile"),
        pytest.param("clean.sh", "#!/bin/sh\nrm -f app.jar\nrm -rf ./app.jar\nmkdir -p ./app.jar.d\n", id="cleanup"),
        pytest.param("ship.sh", "#!/bin/sh\necho 'built app.jar'\n", id="echo"),
    ],
)
def test_not_a_use_of_the_extracted_file(tmp_path: Path, rel: str, text: str) -> None:
    outcome, diags = migrate(tmp_path, {rel: text})
    assert outcome is Outcome.MIGRATED, [d.format() for d in diags]
    assert diags == []


@pytest.mark.parametrize(
    ("rel", "text"),
    [
        pytest.param("README.md", "Build the server, then run it.\n", id="prose"),
        pytest.param("Makefile", "server:\n\t./build.sh\n.PHONY: server\n", id="make target"),
        pytest.param("ship.sh", "#!/bin/sh\nsystemctl restart server\n", id="command argument"),
    ],
)
def test_bare_word_is_not_taken_for_an_extension_less_artifact(tmp_path: Path, rel: str, text: str) -> None:
    outcome, diags = migrate(
        tmp_path,
        {rel: text},
        cps="docker cp c:/out/server ./server\n",
        runtime="FROM alpine\nCOPY server /usr/bin/server\n",
        builder="FROM alpine\nRUN mkdir /out && touch /out/server\n",
    )
    assert outcome is Outcome.MIGRATED
    assert diags == []


def test_extension_less_artifact_spelled_as_a_path_is_a_use(tmp_path: Path) -> None:
    _, diags = migrate(
        tmp_path,
        {"ship.sh": "#!/bin/sh\nscp ./server host:\n"},
        cps="docker cp c:/out/server ./server\n",
        runtime="FROM alpine\nCOPY server /usr/bin/server\n",
        builder="FROM alpine\nRUN mkdir /out && touch /out/server\n",
    )
    assert found(diags) == [("MIG309", "ship.sh", 2, 5)]


def test_orchestrator_itself_is_left_to_the_tracer(tmp_path: Path) -> None:
    outcome, diags = migrate(tmp_path, {}, cps=CP + "sha256sum app.jar\n")
    assert outcome is Outcome.BLOCKED
    assert [(d.code, d.path) for d in diags] == [("MIG312", "build.sh")]


def test_artifact_the_orchestrator_removes_after_the_runtime_build_is_not_searched(tmp_path: Path) -> None:
    """The file never outlived the script, so nothing after it can have used it."""
    outcome, _ = migrate(tmp_path, {".github/workflows/release.yml": WORKFLOW})
    assert outcome is Outcome.BLOCKED
    with (tmp_path / "build.sh").open("a") as fh:
        fh.write("rm -f app.jar\n")
    result = migrate_repo(tmp_path)
    assert result.outcome is Outcome.MIGRATED, [d.format() for d in result.diagnostics]
    assert not [d for d in result.diagnostics if d.severity is not Severity.NOTE]


def test_artifact_removed_only_under_a_condition_is_still_searched(tmp_path: Path) -> None:
    migrate(tmp_path, {".github/workflows/release.yml": WORKFLOW})
    with (tmp_path / "build.sh").open("a") as fh:
        fh.write('if [ "$CLEAN" = 1 ]; then\n  rm -f app.jar\nfi\n')
    result = migrate_repo(tmp_path)
    assert result.outcome is Outcome.BLOCKED
    assert [(d.code, d.path) for d in result.diagnostics if d.blocking] == [("MIG309", ".github/workflows/release.yml")]


def test_file_the_builder_copies_in_is_read_as_the_containers(tmp_path: Path) -> None:
    outcome, diags = migrate(
        tmp_path,
        {"Makefile": "app.jar: Main.java\n\tjavac Main.java\n\tjar cf /out/app.jar *.class\n\ncheck:\n\tls app.jar\n"},
        builder="FROM alpine\nCOPY Makefile ./\nRUN mkdir /out && touch /out/app.jar\n",
    )
    assert outcome is Outcome.MIGRATED
    assert diags == []


def test_makefile_that_makes_the_file_itself_is_not_a_use(tmp_path: Path) -> None:
    makefile = "app.jar: Main.java\n\tjavac Main.java && jar cf app.jar *.class\n\nship: app.jar\n\tscp app.jar h:\n"
    outcome, diags = migrate(tmp_path, {"Makefile": makefile})
    assert outcome is Outcome.MIGRATED
    assert diags == []


def test_phony_make_target_named_like_the_artifact_does_not_make_it(tmp_path: Path) -> None:
    makefile = ".PHONY: app.jar\napp.jar:\n\t./build.sh\n\nship: app.jar\n\tscp app.jar h:\n"
    _, diags = migrate(tmp_path, {"Makefile": makefile})
    assert found(diags) == [("MIG309", "Makefile", 6, 6)]


def test_merged_directory_matches_only_what_the_checkout_does_not_hold(tmp_path: Path) -> None:
    root = tmp_path
    (root / "public").mkdir()
    (root / "public" / "robots.txt").write_text("")
    repo = Repo(root)
    (root / "ship.sh").write_text("#!/bin/sh\ncp public/robots.txt /srv\ncp public/app.js /srv\n")
    e = Extracted("public", "/out", "builder", "Dockerfile", ".", merged=True)
    diags = check_artifacts(repo, ["ship.sh"], [e], "build.sh")
    assert found(diags) == [("MIG309", "ship.sh", 3, 4)]


def test_files_the_migration_rewrites_and_the_orchestrator_are_not_searched(tmp_path: Path) -> None:
    (tmp_path / "ship.sh").write_text("#!/bin/sh\ncp app.jar /srv\n")
    e = Extracted("app.jar", "/out/app.jar", "builder", "Dockerfile", ".")
    repo = Repo(tmp_path)
    assert check_artifacts(repo, ["ship.sh"], [e], "build.sh", {"ship.sh"}) == []
    assert check_artifacts(repo, ["ship.sh"], [e], "ship.sh") == []
    assert len(check_artifacts(repo, ["ship.sh"], [e], "build.sh")) == 1
