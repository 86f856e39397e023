"""Between planning and writing: refuse to change files with uncommitted work (unless --allow-dirty), then
write, turning every refusal of the writer into a blocking diagnostic instead of a traceback.

The dirty check follows cargo fix: a file the migration would change or delete must be committed, so the
user can review the migration with `git diff` and undo it with `git checkout`. git runs read-only
(GIT_OPTIONAL_LOCKS=0 keeps `status` from refreshing the index) with fsmonitor off and every configured
filter (clean, smudge, process) emptied, so no hook or command configured in the repository runs. Entries git
is told to hide (assume-unchanged, skip-worktree) are compared by content against the index.

Planning and writing happen under the repository's lock (migrate/lock.py): one writer per repository."""

from __future__ import annotations

import hashlib
import os
import re
import subprocess
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path

from migrate.diagnostics import Diagnostic
from migrate.lock import RepoLocked, repo_lock
from migrate.outcome import Outcome, RepoResult
from migrate.write import StaleFileError, UnsafePathError, WriteFailed, apply_changes

_GIT_TIMEOUT = 60.0
# Variables that would point git at another repository or index than the one being migrated.
_GIT_ENV = ("GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE", "GIT_OBJECT_DIRECTORY", "GIT_COMMON_DIR")


class DirtyCheckError(Exception):
    """The repository is in git but git cannot say whether the files are committed."""

    def __init__(self, message: str, hint: str | None = None) -> None:
        super().__init__(message)
        self.hint = hint  # what to do about it, when the generic MIG106 hint (commit or stash) does not fit


def _in_git(root: Path) -> bool:
    here = root.resolve()
    return any((d / ".git").exists() for d in (here, *here.parents))


# Configuration keys that name a command git would run while reading the work tree.
_COMMAND_KEYS = re.compile(r"^filter\..+\.(?:clean|smudge|process)$", re.IGNORECASE)
_REQUIRED_KEYS = re.compile(r"^filter\..+\.required$", re.IGNORECASE)


def _git(root: Path, *args: str, overrides: Sequence[str] = ()) -> str:
    env = {k: v for k, v in os.environ.items() if k not in _GIT_ENV}
    env["GIT_OPTIONAL_LOCKS"] = "0"
    cmd = ["git", "--literal-pathspecs", "-c", "core.fsmonitor=false", *overrides, "-C", str(root), *args]
    try:
        proc = subprocess.run(cmd, capture_output=True, timeout=_GIT_TIMEOUT, env=env, stdin=subprocess.DEVNULL)
    except FileNotFoundError:
        raise DirtyCheckError("git is not installed") from None
    except (OSError, subprocess.SubprocessError) as exc:
        raise DirtyCheckError(f"git failed: {exc}") from None
    if proc.returncode != 0:
        text = proc.stderr.decode("utf-8", "replace")
        if "dubious ownership" in text:  # git's own advice spans several lines: say it in one, with its fix
            raise DirtyCheckError(
                f"git refuses the repository: detected dubious ownership (it belongs to another user); if you trust "
                f"it, run `git config --global --add safe.directory {root.resolve()}`",
                hint="git will not read a repository another user owns. Mark it safe as above, or run as its "
                "owner; --allow-dirty writes without asking git.",
            )
        lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
        message = next((line for line in lines if line.startswith(("fatal:", "error:"))), lines[-1] if lines else "")
        raise DirtyCheckError(message or f"git exited with {proc.returncode}")
    return proc.stdout.decode("utf-8", "surrogateescape")


def _describe(xy: str) -> str:
    """What git's two status letters mean, as the rest of a sentence about the file."""
    if xy == "??":
        return "is not tracked by git"
    if xy == "!!":
        return "is ignored by git"
    parts = []
    if xy[0] not in " ?!":
        parts.append("staged changes")
    if xy[1] not in " ?!":
        parts.append("changes not staged")
    return "has " + (" and ".join(parts) or "uncommitted changes")


def dirty_files(root: Path, paths: Sequence[str], *, allow_staged: bool = False) -> dict[str, str] | None:
    """Which of `paths` (repository-relative) git could not give back as they are: path -> why. None when the
    repository is not in a git work tree (there is nothing to check). Raises DirtyCheckError when it is, but
    git cannot answer (not installed, a repository it refuses). `allow_staged`: a file whose changes are all
    staged is not dirty (the index holds it: what a pre-commit hook sees of the files being committed)."""
    if not paths or not _in_git(root):
        return None
    if _git(root, "rev-parse", "--is-inside-work-tree").strip() != "true":
        return None
    prefix = _git(root, "rev-parse", "--show-prefix").rstrip("\n")
    quiet = _no_commands(root)
    status = (
        "status",
        "--porcelain=v1",
        "-z",
        "--untracked-files=all",
        "--ignored=matching",
        "--ignore-submodules=all",
    )
    out = _git(root, *status, "--", *paths, overrides=quiet)
    wanted = {prefix + p: p for p in paths}
    found: dict[str, str] = _hidden_changes(root, paths, quiet)
    entries = iter(out.split("\0"))
    for entry in entries:
        if len(entry) < 4:
            continue
        xy, name = entry[:2], entry[3:]
        if xy[0] in "RC":
            next(entries, None)  # a rename or copy carries its source path as the next entry
        rel = wanted.get(name.rstrip("/"))
        if rel is None and xy in ("??", "!!"):  # an untracked directory holding the path
            rel = next((p for full, p in wanted.items() if full.startswith(name)), None)
        if rel is not None and not (allow_staged and xy[1] == " " and xy[0] not in "?!"):
            found[rel] = _describe(xy)
    return found


def _no_commands(root: Path) -> list[str]:
    """`-c` options that empty every filter command the configuration (the repository's own included) sets."""
    names = _git(root, "config", "--list", "--name-only", "-z").split("\0")
    out: list[str] = []
    for name in dict.fromkeys(n.strip() for n in names if n.strip()):
        if _COMMAND_KEYS.match(name):
            out += ["-c", f"{name}="]
        elif _REQUIRED_KEYS.match(name):
            out += ["-c", f"{name}=false"]
    return out


def _blob_id(data: bytes, length: int) -> str:
    header = b"blob %d\0" % len(data)
    digest = hashlib.sha256 if length == 64 else hashlib.sha1
    return digest(header + data).hexdigest()


def _hidden_changes(root: Path, paths: Sequence[str], overrides: Sequence[str]) -> dict[str, str]:
    """The paths git is told not to look at (assume-unchanged, skip-worktree) whose bytes differ from the
    index: `git status` would call them clean. (ls-files names paths from `root`, status from the top.)"""
    listed = _git(root, "ls-files", "-v", "-s", "-z", "--", *paths, overrides=overrides)
    wanted = {p: p for p in paths}
    found: dict[str, str] = {}
    for entry in listed.split("\0"):
        head, _, name = entry.partition("\t")
        fields = head.split()
        if len(fields) != 4 or name not in wanted:
            continue
        tag, oid = fields[0], fields[2]
        hidden = "skip-worktree" if tag == "S" else "assume-unchanged" if tag.islower() else None
        if hidden is None:
            continue
        rel = wanted[name]
        try:
            data = (root / rel).read_bytes()
        except OSError:
            found[rel] = f"is marked {hidden} in git and cannot be compared with the index"
            continue
        if _blob_id(data, len(oid)) != oid:
            found[rel] = f"has changes git does not show (marked {hidden})"
    return found


def blocked(result: RepoResult, diagnostics: Sequence[Diagnostic]) -> RepoResult:
    """The result, blocked by `diagnostics`: nothing is (or was) written."""
    return replace(
        result, outcome=Outcome.BLOCKED, changes=(), summary=(), diagnostics=(*result.diagnostics, *diagnostics)
    )


def check_clean(root: Path, result: RepoResult, *, allow_staged: bool = False) -> RepoResult:
    """The result, blocked (MIG106) when a file it would change or delete has uncommitted changes (changes
    not staged only, with `allow_staged`)."""
    paths = [c.path for c in result.changes if c.old is not None]
    try:
        dirty = dirty_files(root, paths, allow_staged=allow_staged)
    except DirtyCheckError as exc:
        return blocked(result, [Diagnostic("MIG106", f"cannot check for uncommitted changes: {exc}", hint=exc.hint)])
    if not dirty:
        return result
    return blocked(result, [Diagnostic("MIG106", f"`{p}` {why}", p) for p, why in sorted(dirty.items())])


def write_result(
    root: Path, result: RepoResult, *, allow_dirty: bool = False, allow_staged: bool = False
) -> RepoResult:
    """Write a migrated result into the repository. Returns it as written, or blocked with the reason
    (uncommitted changes, a path leaving the repository, a file changed since it was read, a write the
    filesystem refused); in every blocked case the repository is as it was."""
    if result.outcome is not Outcome.MIGRATED or not result.changes:
        return result
    if not allow_dirty:
        result = check_clean(root, result, allow_staged=allow_staged)
        if result.outcome is Outcome.BLOCKED:
            return result
    try:
        apply_changes(root, result.changes)
    except StaleFileError as exc:
        return blocked(result, [Diagnostic("MIG107", str(exc), exc.path or None)])
    except UnsafePathError as exc:
        return blocked(result, [Diagnostic("MIG207", str(exc), exc.path or None)])
    except WriteFailed as exc:
        if exc.unrestored:
            kept = ", ".join(f"`{p}`" for p in exc.unrestored)
            message = f"cannot be written: {exc}; these files keep their new content: {kept}"
        else:
            message = f"cannot be written: {exc}; every file was left as it was"
        if exc.leftovers:
            message += "; these temporary files could not be removed: " + ", ".join(f"`{p}`" for p in exc.leftovers)
        return blocked(result, [Diagnostic("MIG108", message, exc.path or None)])
    return result


def plan_and_write(
    root: Path, plan: Callable[[], RepoResult], *, allow_dirty: bool = False, allow_staged: bool = False
) -> RepoResult:
    """Plan under the repository's lock and write what was planned before letting go of it; blocked (MIG114)
    with nothing written when another run holds the lock."""
    try:
        with repo_lock(root):
            return write_result(root, plan(), allow_dirty=allow_dirty, allow_staged=allow_staged)
    except RepoLocked as exc:
        return RepoResult(str(root), Outcome.BLOCKED, diagnostics=(Diagnostic("MIG114", str(exc)),))
