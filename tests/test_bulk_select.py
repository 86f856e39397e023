"""`migrate bulk`: which repositories a run takes (roots, lists, duplicates) and how shards split them."""

from __future__ import annotations

from pathlib import Path

import pytest

from migrate.bulk.select import SelectionError, Shard, expand_root, normalise, read_list, select, shard_of
from migrate.bulk.task import patch_name


def _org(tmp_path: Path) -> Path:
    org = tmp_path / "org"
    for name in ("b-repo", "a-repo", ".hidden", "c-repo"):
        (org / name).mkdir(parents=True)
    (org / "README.md").write_text("not a repository\n")
    return org


def test_root_with_subdirectories_expands_to_each_visible_subdirectory_sorted(tmp_path: Path) -> None:
    org = _org(tmp_path)
    assert expand_root(str(org)) == [str(org / n) for n in ("a-repo", "b-repo", "c-repo")]


def test_root_spelling_is_kept_in_repository_paths(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _org(tmp_path)
    monkeypatch.chdir(tmp_path)
    assert expand_root("org/")[0] == "org/a-repo"
    assert expand_root("./org")[0] == "./org/a-repo"


@pytest.mark.parametrize("marker", ["Dockerfile", "build.sh", ".git"])
def test_root_that_is_a_repository_is_taken_itself(tmp_path: Path, marker: str) -> None:
    repo = tmp_path / "svc"
    (repo / "src").mkdir(parents=True)
    (repo / marker).mkdir() if marker == ".git" else (repo / marker).write_text("x\n")
    assert expand_root(str(repo)) == [str(repo)]


def test_missing_root_is_a_usage_error(tmp_path: Path) -> None:
    with pytest.raises(SelectionError, match="no such file or directory"):
        expand_root(str(tmp_path / "nope"))
    (tmp_path / "file").write_text("x\n")
    with pytest.raises(SelectionError, match="not a directory"):
        expand_root(str(tmp_path / "file"))


def test_from_file_skips_blank_lines_and_comments(tmp_path: Path) -> None:
    listing = tmp_path / "repos.txt"
    listing.write_text("# the payments team\nsvc/a\n\n  svc/b  \n")
    assert read_list(str(listing)) == ["svc/a", "svc/b"]


def test_two_spellings_of_one_repository_are_taken_once(tmp_path: Path) -> None:
    listing = tmp_path / "repos.txt"
    listing.write_text("svc/a\n./svc/a/\nsvc//b\nsvc/b\n")
    assert select((), str(listing)) == ["svc/a", "svc//b"]


def test_sharding_hashes_the_normalised_path() -> None:
    # Pinned values: every machine of a CI matrix must agree, whatever Python or platform runs it.
    assert normalise("./org//svc-a/") == "org/svc-a"
    assert [shard_of(f"org/repo-{i}", 4) for i in range(8)] == [3, 3, 3, 2, 1, 1, 1, 3]
    assert [shard_of(f"./org/repo-{i}/", 4) for i in range(8)] == [3, 3, 3, 2, 1, 1, 1, 3]


@pytest.mark.parametrize("count", [1, 2, 3, 7])
def test_shards_partition_the_repositories(count: int) -> None:
    repos = [f"org/repo-{i:04d}" for i in range(500)]
    shares = [[r for r in repos if Shard(k, count).takes(r)] for k in range(1, count + 1)]
    assert sorted(r for share in shares for r in share) == repos  # every repository, exactly once
    if count > 1:
        assert all(len(share) > 500 / count / 2 for share in shares)  # and roughly even


@pytest.mark.parametrize("spec", ["0/4", "5/4", "1/0", "two/4", "1-4"])
def test_bad_shard_specification_is_refused(spec: str) -> None:
    with pytest.raises(SelectionError):
        Shard.parse(spec)


def test_shard_specification_is_one_based() -> None:
    assert Shard.parse("2/4") == Shard(2, 4)


@pytest.mark.parametrize(
    ("repo", "name"),
    [
        pytest.param("org/svc-a", "org__svc-a.patch", id="relative"),
        pytest.param("/srv/org/svc-a/", "srv__org__svc-a.patch", id="absolute, trailing slash"),
        pytest.param("./svc", "svc.patch", id="dot"),
    ],
)
def test_patch_file_is_named_after_the_repository_path(repo: str, name: str) -> None:
    assert patch_name(repo) == name


def _git_org(tmp_path: Path) -> Path:
    org = tmp_path / "org"
    for name in ("billing", "web"):
        (org / name / ".git").mkdir(parents=True)
        (org / name / "build.sh").write_text("docker build .\n")
    (org / "wiki-export").mkdir()
    (org / "worktree").mkdir()
    (org / "worktree" / ".git").write_text("gitdir: ../billing/.git/worktrees/w\n")  # a .git file counts
    (org / "clone-all.sh").write_text("for r in billing web; do git clone $r; done\n")
    return org


def test_a_loose_script_beside_git_repositories_does_not_make_root_one_repository(tmp_path: Path) -> None:
    org = _git_org(tmp_path)
    notes: list[str] = []
    assert expand_root(str(org), notes) == [str(org / n) for n in ("billing", "web", "worktree")]
    assert notes == [
        f"{org}: skipped wiki-export: not git repositories (no .git)",
        f"{org}: skipped clone-all.sh: not directories",
    ]


def test_root_with_a_git_directory_is_one_repository_whatever_it_holds(tmp_path: Path) -> None:
    org = _git_org(tmp_path)
    (org / ".git").mkdir()
    assert expand_root(str(org)) == [str(org)]


def test_bulk_says_what_it_skipped_and_why(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from migrate.cli import app

    org = _git_org(tmp_path)
    result = CliRunner().invoke(app, ["bulk", "--check", "-j", "1", str(org)])
    assert "3 of 3 repositories" in result.stderr
    assert "skipped clone-all.sh: not directories" in result.stderr
    assert "skipped wiki-export" in result.stderr


def test_run_says_a_missing_path_is_missing(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from migrate.cli import app

    result = CliRunner().invoke(app, ["run", str(tmp_path / "gone")])
    assert result.exit_code == 2 and "no such file or directory" in result.stderr


@pytest.mark.parametrize(("a", "b"), [("a/b__c", "a__b/c"), ("org/x__y", "org/x/y"), ("../a", "a")])
def test_two_repositories_never_share_a_patch_file(a: str, b: str) -> None:
    assert patch_name(a) != patch_name(b)
    assert patch_name(a) == patch_name(a)  # the same on every run and machine
