"""Hostile repository settings and command lines: a script that doubles a value until memory runs out, uses of
the builder Dockerfile where discovery does not look, git told to hide an edit or to run a filter, unusable
configuration files, odd file names, a umask, owners the run cannot keep, and usage problems that must be exit
2 (never a traceback, never "this is a bug")."""

from __future__ import annotations

import errno
import io
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from hostile_support import BASE, HostileRepo
from typer.testing import CliRunner

from migrate.bulk.runner import BulkOptions, run_bulk
from migrate.bulk.task import Mode
from migrate.cli import app
from migrate.exitcodes import Exit
from migrate.outcome import FileChange
from migrate.render.diff import render_diff
from migrate.trace.values import MAX_PIECES, MAX_VALUE_CHARS, Value
from migrate.write import WriteFailed, apply_changes

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from bulk_fakes import make_org

Make = Callable[..., HostileRepo]
needs_git = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


def git(root: Path, *args: str) -> str:
    return subprocess.run(
        ["git", "-C", str(root), "-c", "user.name=t", "-c", "user.email=t@t", *args],
        check=True,
        capture_output=True,
        text=True,
    ).stdout


def committed(repo: HostileRepo) -> HostileRepo:
    git(repo.root, "init", "-q")
    git(repo.root, "add", "-A")
    git(repo.root, "commit", "-qm", "legacy")
    return repo


# -- bounded evaluation -------------------------------------------------------------------------------------------


def test_value_doubled_31_times_is_refused_with_its_line_not_memory_error(hostile: Make) -> None:
    repo = hostile()
    doubling = b'A="0123456789abcdef0123456789abcdef"\n' + b"A=$A$A\n" * 31
    repo.edit("build.sh", b'IMAGE_TAG="latest"\n', b'IMAGE_TAG="latest"\n' + doubling)
    repo.edit("build.sh", b"./HelloWorld.jar\n", b"./HelloWorld.jar$A\n")  # the flow needs the value
    before = repo.tree()
    run = repo.run()
    assert run.code == Exit.BLOCKED, run.stderr
    assert "build.sh:47:1: error: MIG201" in run.stderr
    assert f"a value over {MAX_VALUE_CHARS} characters" in run.stderr
    assert "MemoryError" not in run.stderr
    assert repo.tree() == before


def test_value_doubled_where_the_flow_does_not_need_it_still_migrates(hostile: Make) -> None:
    repo = hostile()
    repo.edit("build.sh", b'IMAGE_TAG="latest"\n', b'IMAGE_TAG="latest"\nA=x\n' + b"A=$A$A\n" * 40)
    assert repo.run().code == Exit.OK


def test_values_past_the_bounds_become_one_unknown() -> None:
    big = Value.of("x" * (MAX_VALUE_CHARS + 1))
    assert big.literal is None and len(big.pieces) == 1
    assert Value.of("x" * (MAX_VALUE_CHARS + 1)) == big  # equal values stay equal
    doubled = big
    for _ in range(40):
        doubled = doubled + doubled
    assert len(doubled.pieces) <= MAX_PIECES
    assert Value.of("x" * MAX_VALUE_CHARS).literal is not None


# -- every file that may use what the migration removes is searched ------------------------------------------------


@pytest.mark.parametrize(
    "where",
    [
        pytest.param("a/b/c/d/e/f/g/deploy.sh", id="deeper than 6 levels"),
        pytest.param("vendor/ci/deploy.sh", id="under vendor"),
        pytest.param("third_party/deploy.sh", id="under third_party"),
        pytest.param("node_modules/tool/deploy.sh", id="under node_modules"),
    ],
)
def test_use_of_the_builder_dockerfile_where_discovery_does_not_look_blocks(hostile: Make, where: str) -> None:
    repo = hostile()
    repo.write(where, b"#!/bin/sh\ndocker build -f ../Dockerfile.build -t b .\n")
    before = repo.tree()
    run = repo.run()
    assert run.code == Exit.BLOCKED, run.stderr
    assert f"{where}: error: MIG309" in run.stderr and "`Dockerfile.build`, which the migration deletes" in run.stderr
    assert repo.tree() == before


def test_use_of_the_artifact_in_a_file_over_1_mib_blocks(hostile: Make) -> None:
    repo = hostile()
    repo.write("docs/big.log", b"x" * (2 << 20) + b"\ncp HelloWorld.jar /srv\n")
    run = repo.run("--check")
    assert run.code == Exit.BLOCKED, run.stderr
    assert "docs/big.log: error: MIG309" in run.stderr and "the extracted artifact `HelloWorld.jar`" in run.stderr


def test_vendored_files_that_name_nothing_migrated_do_not_block(hostile: Make) -> None:
    repo = hostile()
    repo.write("node_modules/x/index.js", b"module.exports = 1\n")
    repo.write("a/b/c/d/e/f/g/notes.txt", b"nothing to see\n")
    assert repo.run().code == Exit.OK


def test_vendored_documentation_naming_the_artifact_does_not_block(hostile: Make) -> None:
    repo = hostile()
    repo.write("vendor/lib/README.md", b"Build HelloWorld.jar with Dockerfile.build first.\n")
    assert repo.run().code == Exit.OK


def test_a_name_inside_a_longer_name_is_no_mention(hostile: Make) -> None:
    repo = hostile()
    repo.write("vendor/lib/run.sh", b"#!/bin/sh\ncp MyHelloWorld.jarfile /srv\ndocker build -f Dockerfile.builder .\n")
    assert repo.run().code == Exit.OK


def test_directory_that_cannot_be_read_is_named_and_blocks(hostile: Make, monkeypatch: pytest.MonkeyPatch) -> None:
    repo = hostile()
    (repo.root / "private").mkdir()
    real = os.scandir

    def scandir(path: object = ".") -> object:
        if str(path).endswith("private"):
            raise PermissionError(errno.EACCES, "Permission denied")
        return real(path)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "scandir", scandir)
    run = repo.run("--check")
    assert run.code == Exit.BLOCKED, run.stderr
    assert "MIG115" in run.stderr and "`private`" in run.stderr


def test_file_that_cannot_be_read_is_named_and_blocks(hostile: Make, monkeypatch: pytest.MonkeyPatch) -> None:
    repo = hostile()
    repo.write("docs/notes.txt", b"notes\n")
    real = os.open

    def os_open(path: object, flags: int, *args: object, **kwargs: object) -> int:
        if str(path).endswith("notes.txt"):
            raise PermissionError(errno.EACCES, "Permission denied")
        return real(path, flags, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "open", os_open)
    run = repo.run("--check")
    assert run.code == Exit.BLOCKED, run.stderr
    assert "MIG115" in run.stderr and "`docs/notes.txt`" in run.stderr


# -- the guard sees what git hides ---------------------------------------------------------------------------------


@needs_git
@pytest.mark.parametrize("flag", ["--assume-unchanged", "--skip-worktree"])
def test_edit_hidden_from_git_status_blocks_with_mig106(hostile: Make, flag: str) -> None:
    repo = committed(hostile())
    git(repo.root, "update-index", flag, "build.sh")
    repo.edit("build.sh", b"#!/bin/bash\n", b"#!/bin/bash\n# my uncommitted tweak\n")
    before = repo.tree()
    run = repo.run()
    assert run.code == Exit.BLOCKED, run.stderr
    assert "MIG106" in run.stderr and "build.sh" in run.stderr and flag.strip("-") in run.stderr
    assert repo.tree() == before


@needs_git
def test_hidden_entry_without_an_edit_does_not_block(hostile: Make) -> None:
    repo = committed(hostile())
    git(repo.root, "update-index", "--assume-unchanged", "build.sh")
    assert repo.run().code == Exit.OK


@needs_git
def test_clean_filter_from_the_repository_config_never_runs(hostile: Make) -> None:
    repo = committed(hostile())
    marker = repo.root.parent / "filter-ran"
    (repo.root / ".gitattributes").write_text("* filter=evil\n")
    git(repo.root, "add", ".gitattributes")
    git(repo.root, "commit", "-qm", "attributes")
    git(repo.root, "config", "filter.evil.clean", f"touch {marker}; cat")
    git(repo.root, "config", "filter.evil.required", "true")
    os.utime(repo.root / "build.sh", (1, 1))  # stat-dirty: git would re-read it through the filter
    run = repo.run()
    assert not marker.exists()
    assert run.code == Exit.OK, run.stderr


# -- configuration, names, modes and owners ------------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["dangling link", "fifo", "directory", "link loop"])
def test_unusable_migrate_toml_is_a_usage_error(hostile: Make, kind: str) -> None:
    repo = hostile()
    path = repo.root / ".migrate.toml"
    if kind == "dangling link":
        os.symlink("nowhere.toml", path)
    elif kind == "fifo":
        os.mkfifo(path)
    elif kind == "directory":
        path.mkdir()
    else:
        os.symlink(".migrate.toml", path)
    run = repo.run()
    assert run.code == Exit.USAGE, run.stderr
    assert ".migrate.toml" in run.stderr and "Traceback" not in run.stderr


@needs_git
@pytest.mark.parametrize("name", ["with\ttab.Dockerfile", "with\nnewline.Dockerfile", 'with"quote.Dockerfile'])
def test_diff_of_a_file_name_with_a_tab_or_newline_applies_with_git(tmp_path: Path, name: str) -> None:
    root = tmp_path / "r"
    root.mkdir()
    (root / name).write_bytes(b"FROM a\n")
    git(root, "init", "-q")
    patch = render_diff([FileChange(name, b"FROM a\n", b"FROM b\n"), FileChange("new\tfile", None, b"x\n")])
    subprocess.run(["git", "-C", str(root), "apply", "-"], input=patch.encode(), check=True, capture_output=True)
    assert (root / name).read_bytes() == b"FROM b\n"
    assert (root / "new\tfile").read_bytes() == b"x\n"


def test_new_files_follow_the_umask(tmp_path: Path) -> None:
    root = tmp_path / "r"
    root.mkdir()
    old = os.umask(0o077)
    try:
        apply_changes(root, [FileChange("new.sh", None, b"#!/bin/sh\n", 0o755)])
    finally:
        os.umask(old)
    assert (root / "new.sh").stat().st_mode & 0o777 == 0o700


def test_file_whose_owner_cannot_be_kept_is_not_given_away(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    if os.geteuid() != 0:
        pytest.skip("only root can make a file owned by someone else to begin with")
    root = tmp_path / "r"
    root.mkdir()
    (root / "a").write_bytes(b"old\n")
    os.chown(root / "a", 1234, 2345)

    def fchown(fd: int, uid: int, gid: int) -> None:  # as for a user who is not root
        raise PermissionError(errno.EPERM, "Operation not permitted")

    monkeypatch.setattr(os, "fchown", fchown)
    with pytest.raises(WriteFailed, match=r"cannot keep its owner \(uid 1234, gid 2345\)"):
        apply_changes(root, [FileChange("a", b"old\n", b"new\n")])
    st = (root / "a").stat()
    assert (root / "a").read_bytes() == b"old\n" and (st.st_uid, st.st_gid) == (1234, 2345)


def test_temporary_file_that_cannot_be_removed_is_named_not_a_bug(
    hostile: Make, monkeypatch: pytest.MonkeyPatch
) -> None:
    repo = hostile()
    real_replace, real_unlink = os.replace, os.unlink

    def replace(src: str, dst: str, **kwargs: int) -> None:
        if dst == "build.sh":
            raise OSError(errno.EIO, "Input/output error")
        real_replace(src, dst, **kwargs)

    def unlink(name: str, **kwargs: int) -> None:
        if str(name).endswith(".migrate-tmp"):
            raise OSError(errno.EROFS, "Read-only file system")
        real_unlink(name, **kwargs)

    monkeypatch.setattr(os, "replace", replace)
    monkeypatch.setattr(os, "unlink", unlink)
    run = repo.run()
    assert run.code == Exit.BLOCKED, run.stderr
    assert "MIG108" in run.stderr and "these temporary files could not be removed" in run.stderr
    assert ".build.sh." in run.stderr
    assert "Traceback" not in run.stderr


def test_symlink_loop_is_not_called_outside_the_repository(hostile: Make) -> None:
    repo = hostile()
    repo.link("Dockerfile.build", "Dockerfile.build")
    run = repo.run()
    assert run.code == Exit.BLOCKED, run.stderr
    assert "symbolic link loop" in run.stderr
    assert "leads outside the repository" not in run.stderr


# -- usage problems are exit 2 -------------------------------------------------------------------------------------


def test_repository_path_of_4085_characters_is_a_usage_error(tmp_path: Path) -> None:
    path = tmp_path
    while len(str(path)) < 4085 - 201:
        path = path / ("d" * 200)
    path = path / ("e" * (4085 - len(str(path)) - 1))
    path.mkdir(parents=True)
    assert len(str(path)) == 4085
    result = CliRunner().invoke(app, ["run", str(path)])
    assert result.exit_code == Exit.USAGE, result.stderr
    assert "cannot be read" in result.stderr and "Traceback" not in result.stderr


def test_unreadable_repository_directory_is_a_usage_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    repo = tmp_path / "repo"
    shutil.copytree(BASE, repo)
    real = os.scandir

    def scandir(path: object = ".") -> object:
        if Path(str(path)) == repo:
            raise PermissionError(errno.EACCES, "Permission denied")
        return real(path)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "scandir", scandir)
    result = CliRunner().invoke(app, ["run", str(repo)])
    assert result.exit_code == Exit.USAGE
    assert "Permission denied" in result.stderr and "Traceback" not in result.stderr


@pytest.mark.parametrize(
    "args",
    [
        pytest.param(["{org}", "--results", "{tmp}"], id="results is a directory"),
        pytest.param(["{org}", "--results", "/dev/full"], id="results is a device"),
        pytest.param(["{org}", "--patch-dir", "{tmp}/file"], id="patch dir is a file"),
        pytest.param(["--from-file", "{tmp}/latin1.txt"], id="from-file not UTF-8"),
        pytest.param(["{org}", "--results", "{org}/a/results.jsonl"], id="results inside a rewritten repository"),
    ],
)
def test_bulk_usage_problems_exit_2_not_123(tmp_path: Path, args: list[str]) -> None:
    org = make_org(tmp_path / "org", {"a": "java-helloworld-buildsh"})
    (tmp_path / "file").write_text("x")
    (tmp_path / "latin1.txt").write_bytes(str(org / "a").encode() + b"\n/caf\xe9\n")
    result = CliRunner().invoke(app, ["bulk", *(a.format(org=org, tmp=tmp_path) for a in args)])
    assert result.exit_code == Exit.USAGE, result.stderr
    assert "migrate bulk:" in result.stderr and "bug" not in result.stderr
    assert (org / "a" / "Dockerfile.build").exists()


def test_bulk_unreadable_root_is_a_usage_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    org = make_org(tmp_path / "org", {"a": "java-helloworld-buildsh"})
    real = os.scandir

    def scandir(path: object = ".") -> object:
        if Path(str(path)) == org:
            raise PermissionError(errno.EACCES, "Permission denied")
        return real(path)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "scandir", scandir)
    result = CliRunner().invoke(app, ["bulk", str(org)])
    assert result.exit_code == Exit.USAGE
    assert "cannot be read" in result.stderr


def test_bulk_never_follows_a_linked_repository_out_of_root(tmp_path: Path) -> None:
    org = make_org(tmp_path / "org", {"a": "java-helloworld-buildsh"})
    elsewhere = make_org(tmp_path / "elsewhere", {"victim": "java-helloworld-buildsh"}) / "victim"
    os.symlink(elsewhere, org / "linked")
    opts = BulkOptions(roots=(str(org),), mode=Mode.WRITE, jobs=2, quiet=True)
    summary = run_bulk(opts, stdout=io.StringIO(), stderr=io.StringIO())
    assert summary.selected == 1
    assert (elsewhere / "Dockerfile.build").exists()
    assert not (org / "a" / "Dockerfile.build").exists()


def test_bulk_starts_no_more_workers_than_repositories(tmp_path: Path) -> None:
    org = make_org(tmp_path / "org", {"a": "java-helloworld-buildsh"})
    opts = BulkOptions(roots=(str(org),), mode=Mode.CHECK, jobs=16, quiet=True)
    summary = run_bulk(opts, stdout=io.StringIO(), stderr=io.StringIO())
    assert summary.jobs == 1


def test_latin1_locale_with_non_ascii_paths_migrates_as_under_utf8(tmp_path: Path) -> None:
    if shutil.which("localedef") is None:
        pytest.skip("localedef is not installed")
    locales = tmp_path / "locales"
    locales.mkdir()
    made = subprocess.run(
        ["localedef", "-i", "en_US", "-f", "ISO-8859-1", str(locales / "en_US.ISO-8859-1")],
        capture_output=True,
        check=False,
    )
    if made.returncode not in (0, 1) or not (locales / "en_US.ISO-8859-1").exists():
        pytest.skip("no Latin-1 locale can be made here")
    repo = tmp_path / "repo"
    shutil.copytree(BASE, repo)
    (repo / "café").mkdir()
    (repo / "café" / ".keep").write_bytes(b"")
    for name, old, new in [
        ("build.sh", b"./HelloWorld.jar\n", "./café/HelloWorld.jar\n".encode()),
        ("build.sh", b"rm ./HelloWorld.jar", "rm ./café/HelloWorld.jar".encode()),
        ("Dockerfile", b"COPY HelloWorld.jar", "COPY café/HelloWorld.jar".encode()),
    ]:
        (repo / name).write_bytes((repo / name).read_bytes().replace(old, new, 1))
    env = {**os.environ, "LOCPATH": str(locales), "LC_ALL": "en_US.ISO-8859-1"}
    env.pop("PYTHONUTF8", None)
    proc = subprocess.run(
        [sys.executable, "-m", "migrate", "run", "--check", str(repo)],
        env=env,
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert b"MIG208" not in proc.stderr
    assert proc.returncode == Exit.PENDING, proc.stderr
