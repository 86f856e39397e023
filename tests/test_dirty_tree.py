"""migrate/guard.py: a file the migration would change or delete must be committed (cargo fix's convention),
unless --allow-dirty; outside a git work tree there is nothing to check."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from migrate.cli import app
from migrate.guard import dirty_files

ROOT = Path(__file__).resolve().parent.parent
BASE = ROOT / "corpus" / "java-helloworld-buildsh" / "input"

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


def git(root: Path, *args: str) -> None:
    subprocess.run(
        ["git", "-C", str(root), "-c", "user.name=t", "-c", "user.email=t@t", *args], check=True, capture_output=True
    )


def committed(tmp_path: Path, sub: str = "") -> Path:
    """The tutorial repository, committed; `sub`: as a subdirectory of a larger work tree."""
    top = tmp_path / "work"
    repo = top / sub if sub else top
    shutil.copytree(BASE, repo)
    git(top, "init", "-q")
    git(top, "add", "-A")
    git(top, "commit", "-qm", "legacy")
    return repo


def tree(root: Path) -> dict[str, bytes]:
    return {
        p.relative_to(root).as_posix(): p.read_bytes() for p in root.rglob("*") if p.is_file() and ".git" not in p.parts
    }


def append(path: Path, line: bytes = b"# local tweak\n") -> None:
    with path.open("ab") as fh:
        fh.write(line)


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, list(args))
    return result.exit_code, result.stderr


def test_clean_committed_repository_migrates(tmp_path: Path) -> None:
    repo = committed(tmp_path)
    code, err = run("run", str(repo))
    assert code == 0, err
    assert not (repo / "Dockerfile.build").exists()


def test_outside_a_git_work_tree_there_is_nothing_to_check(tmp_path: Path) -> None:
    repo = tmp_path / "plain"
    shutil.copytree(BASE, repo)
    assert dirty_files(repo, ["build.sh"]) is None
    assert run("run", str(repo))[0] == 0


def make_dirty(repo: Path, how: str) -> None:
    if how == "edited":
        append(repo / "build.sh")
        return
    append(repo / "Dockerfile")
    git(repo, "add", "Dockerfile")
    if how == "staged and edited again":
        append(repo / "Dockerfile")


@pytest.mark.parametrize(
    ("how", "path", "why"),
    [
        pytest.param("edited", "build.sh", "has changes not staged", id="edited"),
        pytest.param("staged", "Dockerfile", "has staged changes", id="staged"),
        pytest.param(
            "staged and edited again", "Dockerfile", "has staged changes and changes not staged", id="staged, edited"
        ),
    ],
)
def test_uncommitted_change_to_a_changed_file_blocks_with_mig106(tmp_path: Path, how: str, path: str, why: str) -> None:
    repo = committed(tmp_path)
    make_dirty(repo, how)
    before = tree(repo)
    code, err = run("run", str(repo))
    assert code == 3, err
    assert f"{path}: error: MIG106 `{path}` {why}" in err
    assert "--allow-dirty" in err
    assert "nothing written" in err
    assert tree(repo) == before


def test_untracked_file_the_migration_deletes_blocks(tmp_path: Path) -> None:
    repo = committed(tmp_path)
    git(repo, "rm", "-q", "--cached", "Dockerfile.build")
    git(repo, "commit", "-qm", "untrack")
    code, err = run("run", str(repo))
    assert code == 3
    assert "Dockerfile.build: error: MIG106 `Dockerfile.build` is not tracked by git" in err
    assert (repo / "Dockerfile.build").exists()


def test_ignored_file_the_migration_changes_blocks(tmp_path: Path) -> None:
    repo = committed(tmp_path)
    git(repo, "rm", "-q", "--cached", "build.sh")
    (repo / ".gitignore").write_text("build.sh\n")
    git(repo, "add", ".gitignore")
    git(repo, "commit", "-qm", "ignore")
    assert dirty_files(repo, ["build.sh", "Dockerfile"]) == {"build.sh": "is ignored by git"}


def test_uncommitted_change_to_an_untouched_file_does_not_block(tmp_path: Path) -> None:
    repo = committed(tmp_path)
    (repo / "HelloWorld.java").write_text("// edited\n")
    (repo / "notes.txt").write_text("untracked\n")
    assert run("run", str(repo))[0] == 0


def test_allow_dirty_migrates_anyway(tmp_path: Path) -> None:
    repo = committed(tmp_path)
    append(repo / "build.sh")
    code, err = run("run", "--allow-dirty", str(repo))
    assert code == 0, err
    assert (repo / "build.sh").read_bytes().endswith(b"# local tweak\n")


@pytest.mark.parametrize("flag", ["--diff", "--check"])
def test_dry_runs_never_refuse_a_dirty_tree(tmp_path: Path, flag: str) -> None:
    repo = committed(tmp_path)
    append(repo / "build.sh")
    assert run("run", flag, str(repo))[0] == 1


def test_repository_in_a_subdirectory_of_a_work_tree(tmp_path: Path) -> None:
    repo = committed(tmp_path, sub="services/api")
    (repo.parent.parent.parent / "elsewhere.txt").write_text("untracked, not ours\n")
    assert dirty_files(repo, ["build.sh", "Dockerfile"]) == {}
    (repo / "Dockerfile").write_bytes(b"FROM x\n")
    assert dirty_files(repo, ["build.sh", "Dockerfile"]) == {"Dockerfile": "has changes not staged"}


def test_untracked_directory_holding_the_file_counts(tmp_path: Path) -> None:
    repo = committed(tmp_path)
    (repo / "docker").mkdir()
    (repo / "docker" / "Dockerfile").write_text("FROM x\n")
    assert dirty_files(repo, ["docker/Dockerfile"]) == {"docker/Dockerfile": "is not tracked by git"}


def test_git_missing_in_a_work_tree_blocks_unless_allowed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    repo = committed(tmp_path)
    empty = tmp_path / "no-git-here"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))
    code, err = run("run", str(repo))
    assert code == 3
    assert "MIG106 cannot check for uncommitted changes: git is not installed" in err
    assert run("run", "--allow-dirty", str(repo))[0] == 0


def test_git_environment_cannot_point_the_check_at_another_repository(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    repo = committed(tmp_path)
    other = tmp_path / "other"
    other.mkdir()
    git(other, "init", "-q")
    monkeypatch.setenv("GIT_DIR", str(other / ".git"))
    (repo / "build.sh").write_bytes(b"# mine\n")
    assert dirty_files(repo, ["build.sh"]) == {"build.sh": "has changes not staged"}


def test_bulk_blocks_a_dirty_repository_and_allow_dirty_writes_it(tmp_path: Path) -> None:
    repo = committed(tmp_path)
    append(repo / "build.sh")

    def bulk(*extra: str) -> dict[str, object]:
        results = tmp_path / f"results{len(extra)}.jsonl"
        cmd = [sys.executable, "-m", "migrate", "bulk", "-q", "-j", "1", "--results", str(results), *extra, str(repo)]
        subprocess.run(cmd, capture_output=True, timeout=120, cwd=ROOT)
        record: dict[str, object] = json.loads(results.read_text().splitlines()[0])
        return record

    record = bulk()
    assert record["outcome"] == "blocked"
    assert [d["code"] for d in record["diagnostics"]] == ["MIG106"]  # type: ignore[attr-defined]
    assert (repo / "Dockerfile.build").exists()
    assert bulk("--allow-dirty")["outcome"] == "migrated"
    assert not (repo / "Dockerfile.build").exists()


def test_allow_staged_writes_over_staged_changes_and_refuses_unstaged_ones(tmp_path: Path) -> None:
    repo = committed(tmp_path)
    append(repo / "build.sh")
    git(repo, "add", "build.sh")
    assert run("run", str(repo))[0] == 3  # staged changes are uncommitted work: refused by default
    append(repo / "Dockerfile")  # not staged
    code, err = run("run", "--allow-staged", str(repo))
    assert code == 3 and "`Dockerfile` has changes not staged" in err and "build.sh" not in err
    git(repo, "add", "Dockerfile")
    code, err = run("run", "--allow-staged", str(repo))
    assert code == 0, err
    assert not (repo / "Dockerfile.build").exists()


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="needs root to give the files away")
def test_dubious_ownership_is_said_in_one_line_with_its_fix(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    repo = committed(tmp_path)
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", str(tmp_path / "gitconfig"))  # no safe.directory of the machine's
    for path in (repo, *repo.rglob("*")):
        os.lchown(path, 65534, 65534)
    code, err = run("run", str(repo))
    assert code == 3
    (line, hint, *_) = err.splitlines()
    assert "detected dubious ownership" in line and f"safe.directory {repo.resolve()}`" in line
    assert "another user owns" in hint and "Commit or stash" not in err
