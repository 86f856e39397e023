"""Git-style unified diffs (a/ b/ paths, creations and deletions) that `git apply` accepts."""

from __future__ import annotations

import difflib

from migrate.outcome import FileChange
from migrate.source import decode


def _lines(data: bytes | None) -> list[str]:
    """Lines as git sees them: ended by `\n` only (str.splitlines would also split at a form feed, a lone
    `\r` or U+2028, and the patch would no longer apply)."""
    if not data:
        return []
    parts = decode(data).split("\n")
    lines = [p + "\n" for p in parts[:-1]]
    return [*lines, parts[-1]] if parts[-1] else lines


def _hunk_lines(old: list[str], new: list[str]) -> list[str]:
    out: list[str] = []
    for line in difflib.unified_diff(old, new, n=3, lineterm=""):
        if line.startswith(("---", "+++")):
            continue
        if line.startswith("@@"):
            out.append(line + "\n")
            continue
        if line.endswith("\n"):
            out.append(line)
        else:
            # The last line of a file without a final newline: git's marker follows it.
            out.append(line + "\n\\ No newline at end of file\n")
    return out


def unified_diff(change: FileChange) -> str:
    path = change.path
    head = [f"diff --git a/{path} b/{path}\n"]
    if change.old is None:
        head += [f"new file mode 100{change.mode & 0o777:o}\n", "--- /dev/null\n", f"+++ b/{path}\n"]
    elif change.new is None:
        head += [f"deleted file mode 100{change.mode & 0o777:o}\n", f"--- a/{path}\n", "+++ /dev/null\n"]
    else:
        head += [f"--- a/{path}\n", f"+++ b/{path}\n"]
    body = _hunk_lines(_lines(change.old), _lines(change.new))
    if not body and change.old and change.new is not None:
        return ""
    return "".join(head + body)


def render_diff(changes: tuple[FileChange, ...] | list[FileChange]) -> str:
    return "".join(unified_diff(c) for c in sorted(changes, key=lambda c: c.path))
