"""The cheap check before libcst: whether a Python file runs docker at all, read with the `ast` module (a
C parser, about a hundred times cheaper than libcst with metadata)."""

from __future__ import annotations

import ast
import re

_ENGINE = re.compile(r"\b(?:docker|podman)\b")


class PythonRejected(ValueError):
    """Python's own parser rejects the file (Python 2, or a syntax error); `line` is where."""

    def __init__(self, message: str, line: int) -> None:
        super().__init__(message)
        self.line = line


def runs_docker(text: str) -> bool:
    """Whether the file may run docker: a string naming the docker or podman command, or the docker SDK
    imported. Raises PythonRejected when Python cannot parse it."""
    try:
        tree = ast.parse(text)
    except (SyntaxError, ValueError) as err:  # ValueError: a NUL byte
        line = getattr(err, "lineno", None) or 1
        raise PythonRejected(f"Python rejects it: {getattr(err, 'msg', err)}", line) from None
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and _ENGINE.search(node.value):
            return True
        if isinstance(node, ast.Import) and any(a.name.split(".")[0] == "docker" for a in node.names):
            return True
        if isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] == "docker":
            return True
    return False
