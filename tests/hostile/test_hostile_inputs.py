"""Input failures in hostile repositories: each is a diagnostic with a location and a documented exit code,
never a traceback, and a blocked repository is left byte for byte as it was."""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from collections.abc import Callable
from pathlib import Path
from types import SimpleNamespace

import pytest
from hostile_support import HostileRepo, assert_clean_failure

import migrate.repo

Make = Callable[..., HostileRepo]


def test_binary_script_is_refused_as_a_binary_file(hostile: Make) -> None:
    repo = hostile()
    repo.write("build.sh", b"\x7fELF\x02\x01\x01\x00\x00\x00" + bytes(range(256)))
    before = repo.tree()
    run = repo.run()
    assert_clean_failure(run, "MIG103", "build.sh")
    assert "binary" in run.stderr
    assert repo.tree() == before


def test_nul_byte_in_a_dockerfile_is_refused_as_binary(hostile: Make) -> None:
    repo = hostile()
    repo.edit("Dockerfile.build", b"WORKDIR /app", b"WORKDIR /a\x00pp")
    before = repo.tree()
    assert_clean_failure(repo.run(), "MIG103", "Dockerfile.build")
    assert repo.tree() == before


def test_a_path_with_a_nul_byte_is_no_file_not_a_crash(tmp_path: Path) -> None:
    repo = migrate.repo.Repo(tmp_path)
    with pytest.raises(migrate.repo.ReadError) as caught:
        repo.read("dist\0/app.sh")
    assert caught.value.diagnostic.code == "MIG103" and "NUL byte" in caught.value.diagnostic.message
    assert repo.kind("dist\0/app.sh") is migrate.repo.PathState.ABSENT


def test_latin1_files_migrate_with_their_bytes_preserved(hostile: Make) -> None:
    repo = hostile()
    repo.edit("build.sh", b'echo "Building the runtime image..."', b'echo "Image d\'ex\xe9cution"')  # a kept line
    repo.edit("Dockerfile.build", b"# Builder image", b"# Image de construction (\xe9t\xe9)")
    repo.edit("Dockerfile", b"# Runtime image", b"# Image d'ex\xe9cution")
    diff = repo.run("--diff")
    assert diff.code == 1, diff.stderr
    assert b"+# Image de construction (\xe9t\xe9)" in diff.stdout  # the diff carries the original bytes
    run = repo.run()
    assert run.code == 0, run.stderr
    assert b'echo "Image d\'ex\xe9cution"\n' in repo.read("build.sh")
    merged = repo.read("Dockerfile")
    assert merged.startswith(b"# Image de construction (\xe9t\xe9)")
    assert b"\n# Image d'ex\xe9cution: only the jar and a JRE.\n" in merged


def test_latin1_diff_applies_with_git(hostile: Make, tmp_path: Path) -> None:
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    repo = hostile()
    repo.edit("Dockerfile", b"# Runtime image", b"# Image d'ex\xe9cution")
    diff = repo.run("--diff")
    patch = tmp_path / "migration.patch"
    patch.write_bytes(diff.stdout)
    subprocess.run(["git", "init", "-q", str(repo.root)], check=True)
    subprocess.run(["git", "-C", str(repo.root), "apply", "--check", str(patch)], check=True)


def test_utf8_bom_stays_first_in_every_file(hostile: Make) -> None:
    repo = hostile()
    for name in ("build.sh", "Dockerfile", "Dockerfile.build"):
        repo.write(name, b"\xef\xbb\xbf" + repo.read(name))
    run = repo.run()
    assert run.code in (0, 3), run.stderr
    assert "Traceback" not in run.stderr
    for name in ("build.sh", "Dockerfile"):
        data = repo.read(name)
        assert data.startswith(b"\xef\xbb\xbf"), name
        assert data.count(b"\xef\xbb\xbf") == 1, name


def test_crlf_files_keep_crlf_only(hostile: Make) -> None:
    repo = hostile()
    for name in ("build.sh", "Dockerfile", "Dockerfile.build"):
        repo.write(name, repo.read(name).replace(b"\n", b"\r\n"))
    run = repo.run()
    assert run.code == 0, run.stderr
    for name in ("build.sh", "Dockerfile"):
        data = repo.read(name)
        assert data.count(b"\n") == data.count(b"\r\n"), name


def test_mixed_line_endings_keep_every_kept_line_as_it_was(hostile: Make) -> None:
    repo = hostile()
    lines = repo.read("build.sh").splitlines(keepends=True)
    mixed = [line.replace(b"\n", b"\r\n") if i % 2 else line for i, line in enumerate(lines)]
    repo.write("build.sh", b"".join(mixed))
    run = repo.run()
    assert run.code == 0, run.stderr
    kept = repo.read("build.sh").splitlines(keepends=True)
    it = iter(mixed)
    assert all(any(line == old for old in it) for line in kept)  # a subsequence of the original lines


@pytest.mark.parametrize(
    ("name", "code"),
    [
        pytest.param("build.sh", 0, id="empty script: nothing to migrate"),
        pytest.param("Dockerfile", 3, id="empty runtime Dockerfile: blocked"),
        pytest.param("Dockerfile.build", 3, id="empty builder Dockerfile: blocked"),
    ],
)
def test_empty_file_is_a_diagnostic_not_a_crash(hostile: Make, name: str, code: int) -> None:
    repo = hostile()
    repo.write(name, b"")
    before = repo.tree()
    run = repo.run()
    assert run.code == code, run.stderr
    assert "Traceback" not in run.stderr
    assert repo.tree() == before


def test_directory_where_the_builder_dockerfile_is_expected(hostile: Make) -> None:
    repo = hostile()
    (repo.root / "Dockerfile.build").unlink()
    (repo.root / "Dockerfile.build").mkdir()
    before = repo.tree()
    run = repo.run()
    assert_clean_failure(run, "MIG103", "Dockerfile.build")
    assert "not a regular file" in run.stderr
    assert repo.tree() == before


def test_directory_named_build_sh_is_not_taken_for_a_script(hostile: Make) -> None:
    repo = hostile()
    (repo.root / "build.sh").unlink()
    (repo.root / "build.sh").mkdir()
    (repo.root / "build.sh" / "Dockerfile").write_bytes(b"FROM scratch\n")
    before = repo.tree()
    run = repo.run()
    assert run.code == 0, run.stderr
    assert "Traceback" not in run.stderr
    assert repo.tree() == before


def test_unterminated_quote_points_at_the_quote_never_closed(hostile: Make) -> None:
    repo = hostile()
    repo.write("build.sh", repo.read("build.sh") + b'echo "done\n')
    run = repo.run()
    assert_clean_failure(run, "MIG101", "build.sh:27:6")
    assert "matching" in run.stderr


def test_unbalanced_quote_mid_file_points_where_bash_sees_it_open(hostile: Make) -> None:
    # the quote dropped on line 18 makes bash pair it with the next one, so the one left open is on line 21
    repo = hostile()
    repo.edit("build.sh", b'echo "Building the runtime image..."', b'echo "Building the runtime image...')
    assert_clean_failure(repo.run(), "MIG101", "build.sh:21:44")


@pytest.mark.parametrize("name", ["build.sh", "Dockerfile"])
def test_20_mb_file_is_refused_by_size_quickly(hostile: Make, name: str) -> None:
    repo = hostile()
    repo.write(name, repo.read(name) + b"# padding padding padding padding\n" * 600_000)  # ~20 MB
    start = time.monotonic()
    run = repo.run()
    assert time.monotonic() - start < 5.0
    assert_clean_failure(run, "MIG104", name)
    assert "1 MiB" in run.stderr


def test_file_growing_past_the_limit_while_read_is_refused(hostile: Make, monkeypatch: pytest.MonkeyPatch) -> None:
    repo = hostile()
    monkeypatch.setattr(migrate.repo, "MAX_FILE_BYTES", 100)
    real_lstat = os.lstat

    def small_lstat(path: str | os.PathLike[str], **kwargs: object) -> object:
        st = real_lstat(path)
        if not str(path).endswith("build.sh"):
            return st
        return SimpleNamespace(st_mode=st.st_mode, st_size=1)  # the stat says small; the read finds more

    monkeypatch.setattr(os, "lstat", small_lstat)
    assert_clean_failure(repo.run(), "MIG104", "build.sh")


@pytest.mark.parametrize(
    "nested",
    [
        pytest.param(b"( " * 500 + b"true" + b" )" * 500 + b"\n", id="500 nested subshells"),
        pytest.param(b"if true; then\n" * 500 + b"true\n" + b"fi\n" * 500, id="500 nested ifs"),
        pytest.param(b"{ " * 500 + b"true; " + b"}; " * 500 + b"\n", id="500 nested groups"),
        pytest.param(b"x=" + b"$(echo " * 300 + b"a" + b")" * 300 + b"\n", id="300 nested command substitutions"),
        pytest.param(b"while true; do\n" * 400 + b"break\n" + b"done\n" * 400, id="400 nested loops"),
    ],
)
def test_deeply_nested_shell_is_refused_with_its_location(hostile: Make, nested: bytes) -> None:
    repo = hostile()
    repo.write("build.sh", repo.read("build.sh") + nested)
    before = repo.tree()
    start = time.monotonic()
    run = repo.run()
    assert time.monotonic() - start < 20.0
    assert run.code == 3, run.stderr
    assert "Traceback" not in run.stderr
    assert "error: MIG105" in run.stderr
    assert "build.sh:" in run.stderr.split("MIG105")[0]
    assert repo.tree() == before


def _root_reads_anything(path: Path) -> bool:
    try:
        path.read_bytes()
    except PermissionError:
        return False
    return True


def test_unreadable_script_chmod_000(hostile: Make) -> None:
    repo = hostile()
    (repo.root / "build.sh").chmod(0)
    try:
        if _root_reads_anything(repo.root / "build.sh"):
            pytest.skip("running as root (or with CAP_DAC_OVERRIDE): chmod 000 does not stop reading")
        run = repo.run()
        assert_clean_failure(run, "MIG103", "build.sh")
        assert "Permission denied" in run.stderr
    finally:
        (repo.root / "build.sh").chmod(0o755)


def test_permission_error_reading_a_dockerfile_is_a_diagnostic(hostile: Make, monkeypatch: pytest.MonkeyPatch) -> None:
    """The same refusal as chmod 000 for a non-root user, simulated so it also runs as root."""
    repo = hostile()
    real_open = os.open

    def denied(path: str | os.PathLike[str], flags: int, *args: int, **kwargs: object) -> int:
        if str(path).endswith("Dockerfile.build"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, flags, *args)

    monkeypatch.setattr(os, "open", denied)
    before = repo.tree()
    run = repo.run()
    assert_clean_failure(run, "MIG103", "Dockerfile.build")
    assert "Permission denied" in run.stderr
    assert repo.tree() == before


@pytest.mark.parametrize(
    ("content", "message"),
    [
        pytest.param(b"[tool.migrate]\nstage_name = '\xe9'\n", "not UTF-8", id="not UTF-8"),
        pytest.param(b"a = " + b"[" * 5000 + b"]" * 5000 + b"\n", "nested too deeply", id="nested 5000 deep"),
        pytest.param(b"[tool.migrate\n", "not valid TOML", id="broken TOML"),
    ],
)
def test_hostile_pyproject_is_a_usage_error_not_a_crash(hostile: Make, content: bytes, message: str) -> None:
    repo = hostile()
    repo.write("pyproject.toml", content)
    run = repo.run()
    assert run.code == 2, run.stderr
    assert "Traceback" not in run.stderr
    assert "pyproject.toml" in run.stderr
    assert message in run.stderr


def test_fifo_where_the_builder_dockerfile_is_expected_never_blocks_the_run(hostile: Make) -> None:
    repo = hostile()
    (repo.root / "Dockerfile.build").unlink()
    os.mkfifo(repo.root / "Dockerfile.build")  # opening it for reading would wait for a writer forever
    start = time.monotonic()
    run = repo.run()
    assert time.monotonic() - start < 10.0
    assert_clean_failure(run, "MIG103", "Dockerfile.build")
