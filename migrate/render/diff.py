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


_ESCAPES = {7: "\\a", 8: "\\b", 9: "\\t", 10: "\\n", 11: "\\v", 12: "\\f", 13: "\\r", 34: '\\"', 92: "\\\\"}


def quote_path(name: str) -> str:
    """A path as git writes it in a patch: as is, or in double quotes with C escapes when it holds a
    control character, a double quote or a backslash (a tab or a newline would end the name early)."""
    if not any(ord(c) < 0x20 or c in '"\\\x7f' for c in name):
        return name
    out = []
    for c in name:
        code = ord(c)
        if code in _ESCAPES:
            out.append(_ESCAPES[code])
        elif code < 0x20 or code == 0x7F:
            out.append(f"\\{code:03o}")
        else:
            out.append(c)
    return '"' + "".join(out) + '"'


def unified_diff(change: FileChange) -> str:
    a, b = quote_path("a/" + change.path), quote_path("b/" + change.path)
    head = [f"diff --git {a} {b}\n"]
    if change.old is None:
        head += [f"new file mode 100{change.mode & 0o777:o}\n", "--- /dev/null\n", f"+++ {b}\n"]
    elif change.new is None:
        head += [f"deleted file mode 100{change.mode & 0o777:o}\n", f"--- {a}\n", "+++ /dev/null\n"]
    else:
        head += [f"--- {a}\n", f"+++ {b}\n"]
    body = _hunk_lines(_lines(change.old), _lines(change.new))
    if not body and change.old and change.new is not None:
        return ""
    return "".join(head + body)


def render_diff(changes: tuple[FileChange, ...] | list[FileChange]) -> str:
    return "".join(unified_diff(c) for c in sorted(changes, key=lambda c: c.path))
