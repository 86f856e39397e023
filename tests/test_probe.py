"""`--probe`: planning with the builder image's answers (plan/facts.py), and the probe itself (migrate/probe.py).

The planning tests hand the planner answers directly (no engine); the tests marked `engine` build real builder
images and skip cleanly without an engine."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from migrate.cli import app
from migrate.diagnostics import Diagnostic, Severity
from migrate.outcome import Outcome, RepoResult
from migrate.pipeline import migrate_repo
from migrate.plan.facts import UNKNOWN, BuilderKey, Facts, ImageConfig
from migrate.probe import Question, migrate_probed, probe_builder, questions, worth_probing
from migrate.verify.engine import Engine, EngineUnavailable

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
BUILDER = BuilderKey("Dockerfile.build")


def write(root: Path, files: dict[str, str]) -> Path:
    for rel, text in files.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text)
    return root


def repo(tmp_path: Path, runtime: str, cp: str, builder: str = "FROM alpine\nRUN make\n") -> Path:
    return write(
        tmp_path,
        {
            "Dockerfile.build": builder,
            "Dockerfile": runtime,
            "build.sh": "#!/bin/sh\ndocker build -t b -f Dockerfile.build .\ndocker create --name c b\n"
            f"{cp}\ndocker rm c\ndocker build -t app .\n",
        },
    )


def dockerfile(result: RepoResult) -> str:
    new = {c.path: c.new for c in result.changes}["Dockerfile"]
    assert new is not None
    return new.decode()


def codes(result: RepoResult, severity: Severity | None = None) -> list[str]:
    return [d.code for d in result.diagnostics if severity is None or d.severity is severity]


def notes(result: RepoResult, code: str) -> list[Diagnostic]:
    return [d for d in result.diagnostics if d.code == code]


# -- planning with answers -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "outcome", "copy"),
    [
        pytest.param(None, Outcome.BLOCKED, None, id="unknown: refused as without --probe"),
        pytest.param("file", Outcome.BLOCKED, None, id="a file: ADD may still unpack it"),
        pytest.param("dir", Outcome.MIGRATED, "COPY --from=builder /out/build /var/www/build\n", id="a directory"),
    ],
)
def test_add_of_an_extracted_path_follows_its_probed_kind(
    tmp_path: Path, kind: str | None, outcome: Outcome, copy: str | None
) -> None:
    root = repo(tmp_path, "FROM alpine\nADD build /var/www/build\n", "docker cp c:/out/build ./build")
    facts = Facts(kinds={(BUILDER, "/out/build"): kind}) if kind else UNKNOWN
    result = migrate_repo(root, facts=facts)
    assert result.outcome is outcome, [d.format() for d in result.diagnostics]
    if copy is None:
        assert "MIG303" in codes(result)
        return
    assert dockerfile(result).endswith(copy)
    [note] = notes(result, "MIG005")
    assert (note.path, note.line) == ("Dockerfile", 2)
    assert "`/out/build` is a directory in the builder image (probed)" in note.message


@pytest.mark.parametrize(
    ("kind", "copy", "said"),
    [
        pytest.param("file", "COPY --from=builder /out/app /usr/local/bin/server\n", "is a file", id="file"),
        pytest.param("dir", "COPY --from=builder /out/app /usr/local/bin/\n", "is a directory", id="directory"),
    ],
)
def test_renamed_artifact_into_a_directory_follows_its_probed_kind(
    tmp_path: Path, kind: str, copy: str, said: str
) -> None:
    root = repo(tmp_path, "FROM alpine\nCOPY server /usr/local/bin/\n", "docker cp c:/out/app ./server")
    assert "MIG311" in codes(migrate_repo(root))
    result = migrate_repo(root, facts=Facts(kinds={(BUILDER, "/out/app"): kind}))
    assert result.outcome is Outcome.MIGRATED, [d.format() for d in result.diagnostics]
    assert dockerfile(result).endswith(copy)
    assert said in notes(result, "MIG005")[0].message


def test_add_of_a_directory_inside_an_extracted_one(tmp_path: Path) -> None:
    root = repo(tmp_path, "FROM alpine\nADD build/static /var/www/static\n", "docker cp c:/out/build ./build")
    assert "MIG303" in codes(migrate_repo(root))
    facts = Facts(kinds={(BUILDER, "/out/build"): "dir", (BUILDER, "/out/build/static"): "dir"})
    result = migrate_repo(root, facts=facts)
    assert dockerfile(result).endswith("COPY --from=builder /out/build/static /var/www/static\n")


def test_answers_for_another_builder_change_nothing(tmp_path: Path) -> None:
    root = repo(tmp_path, "FROM alpine\nADD build /var/www/build\n", "docker cp c:/out/build ./build")
    other = BuilderKey("Dockerfile.build", "other-stage")
    result = migrate_repo(root, facts=Facts(kinds={(other, "/out/build"): "dir"}, configs={other: ImageConfig("app")}))
    assert result.outcome is Outcome.BLOCKED and "MIG303" in codes(result)


@pytest.mark.parametrize(
    ("user", "chown"),
    [
        pytest.param("", False, id="no user: root"),
        pytest.param("root", False, id="root"),
        pytest.param("0:0", False, id="0:0"),
        pytest.param("app", True, id="a named user"),
        pytest.param("1000:1000", True, id="a uid"),
    ],
)
def test_builder_image_user_decides_the_chown(tmp_path: Path, user: str, chown: bool) -> None:
    root = repo(tmp_path, "FROM alpine\nCOPY app /usr/bin/app\n", "docker cp c:/out/app ./app")
    plain = migrate_repo(root)
    assert "--chown" not in dockerfile(plain)
    result = migrate_repo(root, facts=Facts(configs={BUILDER: ImageConfig(user=user)}))
    expected = "COPY --from=builder --chown=0:0 /out/app" if chown else "COPY --from=builder /out/app"
    assert expected + " /usr/bin/app\n" in dockerfile(result)
    said = notes(result, "MIG005")
    assert bool(said) is chown
    if chown:
        assert (said[0].path, said[0].line) == ("Dockerfile.build", 1)
        assert f"runs as `{user}`" in said[0].message


def test_a_builder_that_switches_user_itself_is_said_by_its_dockerfile(tmp_path: Path) -> None:
    builder = "FROM alpine\nUSER nobody\nRUN make\n"
    root = repo(tmp_path, "FROM alpine\nCOPY app /usr/bin/app\n", "docker cp c:/out/app ./app", builder)
    result = migrate_repo(root, facts=Facts(configs={BUILDER: ImageConfig(user="nobody")}))
    assert "--chown=0:0" in dockerfile(result)
    assert notes(result, "MIG005") == []  # the files said it already: no answer changed the plan


# -- what is asked, and when ----------------------------------------------------------------------------------


def test_questions_name_each_builder_and_the_paths_its_flow_extracts(tmp_path: Path) -> None:
    root = repo(tmp_path, "FROM alpine\nADD build /var/www/build\n", "docker cp c:/out/build/ ./build")
    result = migrate_repo(root)
    assert worth_probing(result)
    assert questions(result.flows) == [Question(BUILDER, ".", (), ("/out/build",))]


def test_a_repository_blocked_for_other_reasons_is_not_probed(tmp_path: Path) -> None:
    root = repo(tmp_path, "FROM alpine\nADD build /var/www/build\n", "docker cp c:/out/build ./build\nchmod +x build")

    def no_engine() -> Engine:
        raise AssertionError("the engine is not wanted")

    result = migrate_probed(root, detect=no_engine)
    assert result.outcome is Outcome.BLOCKED and "MIG301" in codes(result) and not notes(result, "MIG006")
    assert not worth_probing(result)


def test_without_an_engine_the_refusal_stands_and_says_why(tmp_path: Path) -> None:
    root = repo(tmp_path, "FROM alpine\nADD build /var/www/build\n", "docker cp c:/out/build ./build")

    def no_engine() -> Engine:
        raise EngineUnavailable("podman is not installed (and no Docker daemon answers)")

    result = migrate_probed(root, detect=no_engine)
    assert result.outcome is Outcome.BLOCKED and "MIG303" in codes(result, Severity.ERROR)
    [note] = notes(result, "MIG006")
    assert "no usable container engine: podman is not installed" in note.message


def test_cli_run_probe_without_an_engine_says_so(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = repo(tmp_path, "FROM alpine\nADD build /var/www/build\n", "docker cp c:/out/build ./build")
    monkeypatch.setenv("PATH", str(tmp_path / "empty-bin"))  # neither docker nor podman
    result = CliRunner().invoke(app, ["run", "--check", "--probe", str(root)])
    assert result.exit_code == 3
    assert "MIG303" in result.stderr and "MIG006 --probe: no usable container engine" in result.stderr


# -- the probe, with an engine --------------------------------------------------------------------------------

ADD_DIR = "add-extracted-directory-probe"
NON_ROOT = "builder-base-image-non-root-user-probe"


@pytest.mark.engine
def test_probe_reads_kinds_and_config_and_leaves_nothing(engine: Engine, tmp_path: Path) -> None:
    root = write(
        tmp_path,
        {
            "Dockerfile.build": "FROM cimg/go:1.22\nARG NAME\nRUN mkdir -p out/dir && echo $NAME > out/file\n",
        },
    )
    images, containers = engine.image_ids(), engine.container_ids()
    q = Question(BUILDER, ".", (("NAME", "x"),), ("/home/app/out/dir", "/home/app/out/file", "/nowhere"))
    config, kinds = probe_builder(engine, root, q)
    assert config == ImageConfig(user="app", workdir="/home/app", entrypoint=None, cmd=("sh",))
    assert kinds == {"/home/app/out/dir": "dir", "/home/app/out/file": "file", "/nowhere": "missing"}
    assert (engine.image_ids(), engine.container_ids()) == (images, containers)


@pytest.mark.engine
def test_probe_reads_the_kinds_below_an_extracted_directory(engine: Engine, tmp_path: Path) -> None:
    root = write(tmp_path, {"Dockerfile.build": "FROM alpine:3.19\nRUN mkdir -p /out/d/sub && touch /out/d/sub/f\n"})
    _, kinds = probe_builder(engine, root, Question(BUILDER, ".", (), ("/out/d",)))
    assert kinds == {"/out/d": "dir", "/out/d/sub": "dir", "/out/d/sub/f": "file"}


@pytest.mark.engine
def test_probe_never_pulls_a_missing_base_image(engine: Engine, tmp_path: Path) -> None:
    shutil.copytree(CORPUS / ADD_DIR / "input", tmp_path / "r", dirs_exist_ok=True)
    missing = "FROM registry.invalid/nothing:1\nRUN mkdir -p /usr/src/app/build\n"
    (tmp_path / "r" / "Dockerfile.build").write_text(missing)
    result = migrate_probed(tmp_path / "r", engine=engine)
    assert result.outcome is Outcome.BLOCKED and "MIG303" in codes(result)
    [note] = notes(result, "MIG006")
    assert "registry.invalid/nothing:1" in note.message and note.path == "Dockerfile.build"


@pytest.fixture
def engine_env(engine: Engine, monkeypatch: pytest.MonkeyPatch) -> Engine:
    """The CLI's own engine detection pointed at the session's store."""
    assert engine.store is not None
    monkeypatch.setenv("MIGRATE_ENGINE", engine.kind)
    monkeypatch.setenv("MIGRATE_ENGINE_STORE", str(engine.store))
    return engine


@pytest.mark.engine
def test_cli_run_probe_says_the_answer(engine_env: Engine, tmp_path: Path) -> None:
    root = tmp_path / "repo"
    shutil.copytree(CORPUS / ADD_DIR / "input", root)
    result = CliRunner().invoke(app, ["run", "--diff", "--probe", str(root)])
    assert result.exit_code == 1, result.stderr
    assert "+COPY --from=builder /usr/src/app/build /var/www/build" in result.stdout
    assert "MIG005 `/usr/src/app/build` is a directory in the builder image (probed)" in result.stderr
    sarif = CliRunner().invoke(app, ["run", "--check", "--probe", "--format", "sarif", str(root)])
    assert '"ruleId": "MIG005"' in sarif.stdout


@pytest.mark.engine
@pytest.mark.parametrize("case", [ADD_DIR, NON_ROOT])
def test_cli_verify_probe_is_equivalent(engine_env: Engine, case: str) -> None:
    result = CliRunner().invoke(app, ["verify", "--probe", str(CORPUS / case / "input")])
    assert result.exit_code == 0, result.stderr
    assert result.stdout.rstrip().endswith(": equivalent")
    assert "MIG005" not in result.stdout and "note: MIG005" in result.stderr  # the answers go to stderr


@pytest.mark.engine
def test_cli_verify_without_probe_finds_the_owner_difference(engine_env: Engine) -> None:
    """Without --probe the builder is taken to build as root, and the images differ by the binary's owner."""
    result = CliRunner().invoke(app, ["verify", str(CORPUS / NON_ROOT / "input")])
    assert result.exit_code == 4, result.stderr
    assert "/usr/local/bin/server" in result.stdout and "uid: legacy 0, migrated 1000" in result.stdout


def test_bulk_probe_without_an_engine_records_why(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = repo(tmp_path / "org" / "web", "FROM alpine\nADD build /var/www/build\n", "docker cp c:/out/build ./build")
    monkeypatch.setenv("PATH", str(tmp_path / "empty-bin"))  # neither docker nor podman, in the workers too
    results = tmp_path / "results.jsonl"
    args = ["bulk", str(root), "--check", "--probe", "-q", "--jobs", "1", "--results", str(results)]
    assert CliRunner().invoke(app, args).exit_code == 3
    [line] = [json.loads(text) for text in results.read_text().splitlines()]
    assert line["outcome"] == "blocked"
    assert {d["code"] for d in line["diagnostics"]} >= {"MIG303", "MIG006"}
