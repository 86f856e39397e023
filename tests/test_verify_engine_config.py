"""verify drives the engine as the user configured it: podman with its own configuration, runtime and image
store (only the docker image format added, and said), an isolated store only when asked for (--store or
$MIGRATE_ENGINE_STORE), and never a runtime that is not installed. No engine runs here: `shutil.which` is
pointed at stand-in paths."""

from __future__ import annotations

from pathlib import Path

import pytest
from report_support import copy_case
from typer.testing import CliRunner

from migrate.cli import app
from migrate.exitcodes import Exit
from migrate.verify import engine as engine_mod
from migrate.verify.engine import Engine, EngineUnavailable, podman_engine, requested_store


def _which(installed: set[str]) -> object:
    return lambda name: f"/usr/bin/{name}" if name in installed else None


def test_podman_without_a_store_is_used_as_configured(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(engine_mod.shutil, "which", _which({"podman", "buildah"}))
    engine = podman_engine(None)
    assert engine.argv == ("/usr/bin/podman",)  # no --root, --runroot or --storage-driver: the user's images
    assert engine.env == {"BUILDAH_FORMAT": "docker"}  # no CONTAINERS_CONF, no isolation override
    assert engine.buildah == ("/usr/bin/buildah",)
    assert engine.store is None
    (change,) = engine.changes
    assert "as configured" in change and "BUILDAH_FORMAT=docker" in change


@pytest.mark.parametrize("runc", [True, False])
def test_isolated_store_forces_runc_only_where_runc_is_installed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, runc: bool
) -> None:
    monkeypatch.setattr(engine_mod.shutil, "which", _which({"podman", "runc"} if runc else {"podman", "crun"}))
    engine = podman_engine(tmp_path / "store")
    conf = Path(engine.env["CONTAINERS_CONF"]).read_text()
    assert ('runtime = "runc"' in conf) is runc
    assert "--root" in engine.argv and engine.store == (tmp_path / "store").resolve()
    assert "isolated image store" in engine.changes[0]


def test_the_store_is_asked_for_by_option_or_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("MIGRATE_ENGINE_STORE", raising=False)
    assert requested_store(None) is None
    monkeypatch.setenv("MIGRATE_ENGINE_STORE", str(tmp_path / "env"))
    assert requested_store(None) == (tmp_path / "env").resolve()
    assert requested_store(tmp_path / "opt") == (tmp_path / "opt").resolve()


def test_verify_says_on_stderr_what_it_adds_to_the_engine(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    repo = copy_case("java-helloworld-buildsh", tmp_path)
    seen: list[Path | None] = []

    def detect(prefer: str | None = None, store: Path | None = None) -> Engine:
        seen.append(store)
        return Engine("podman", ("podman",), changes=("podman as configured; adds BUILDAH_FORMAT=docker",))

    def no_build(*args: object, **kwargs: object) -> None:
        raise EngineUnavailable("stand-in")

    monkeypatch.setattr(engine_mod, "detect_engine", detect)
    monkeypatch.setattr("migrate.verify.run.verify_repo", no_build)
    result = CliRunner().invoke(app, ["verify", "--store", str(tmp_path / "s"), str(repo)])
    assert result.exit_code == Exit.NO_ENGINE
    assert "migrate verify: podman as configured; adds BUILDAH_FORMAT=docker" in result.stderr
    assert seen == [tmp_path / "s"]


def test_readme_and_help_document_the_store_and_the_engine_variables() -> None:
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text()
    for word in ("MIGRATE_ENGINE_STORE", "MIGRATE_ENGINE", "--store"):
        assert word in readme
    help_text = CliRunner().invoke(app, ["verify", "--help"], env={"COLUMNS": "200"}).stdout
    assert "--store" in help_text and "MIGRATE_ENGINE_STORE" in help_text and "$MIGRATE_ENGINE" in help_text


@pytest.mark.engine
def test_verify_sees_the_images_of_the_users_own_podman_store(tmp_path: Path) -> None:
    import shutil
    import subprocess
    import tarfile
    import uuid

    from migrate.verify.engine import EngineError, check_usable

    podman = shutil.which("podman")
    if podman is None:
        pytest.skip("podman is not installed")
    user = podman_engine(None)
    try:
        check_usable(user)
    except EngineError as exc:
        pytest.skip(f"podman as configured does not work here: {exc}")
    ref = f"localhost/migrate-user-store-probe:{uuid.uuid4().hex[:8]}"
    with tarfile.open(tmp_path / "empty.tar", "w"):
        pass
    subprocess.run([podman, "import", str(tmp_path / "empty.tar"), ref], check=True, capture_output=True)
    try:
        assert user.image_exists(ref)  # the user's image, seen without loading it again
        assert not podman_engine(tmp_path / "isolated").image_exists(ref)  # the isolated store is apart
    finally:
        subprocess.run([podman, "rmi", "-f", ref], capture_output=True)
