"""The docker SDK vocabulary shared by python_sdk.py and python_sdk_calls.py: which calls make a client,
which collections and methods exist, and what each name of the script holds (read once, before the
conversion)."""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping
from typing import Any, Protocol

import libcst as cst
from libcst.metadata import ExpressionContext, QualifiedName

from migrate.parse.shell_model import Node, Word
from migrate.parse.words import Part

CTORS = {
    "docker.from_env",
    "docker.DockerClient",
    "docker.DockerClient.from_env",
    "docker.client.from_env",
    "docker.client.DockerClient",
    "docker.client.DockerClient.from_env",
}
API_CTORS = {"docker.APIClient", "docker.api.APIClient", "docker.api.client.APIClient"}
COLLECTIONS = {
    "images": {"build", "get", "get_registry_data", "list", "load", "prune", "pull", "push", "remove", "search"},
    "containers": {"create", "get", "list", "prune", "run"},
}
CLIENT_NOOPS = {"close", "ping", "version", "info", "login", "df"}
# collection methods that only read, or prune what nothing uses: kept as they are, no docker step
COLLECTION_NOOPS = {"list", "prune", "search", "get_registry_data"}
_SDK_KINDS = {"client", "api", "image", "container"}
HINT = (
    "Write the step with docker.from_env() and images.build, containers.create or containers.run, their arguments "
    "written out in the call, or as a docker command; or migrate by hand."
)


class Refused(Exception):
    """An SDK use that cannot be modelled exactly: the message, the node it is about, a hint."""

    def __init__(self, message: str, node: cst.CSTNode, hint: str | None = None, extraction: bool = False) -> None:
        super().__init__(message)
        self.message = message
        self.node = node
        self.hint = hint
        self.extraction = extraction


class Host(Protocol):
    """The Python front end (python_orch._Converter) the SDK converter writes through."""

    text: str
    cmdsubs: dict[int, Node]

    def span(self, node: cst.CSTNode) -> tuple[int, int]: ...

    def expr_word(self, node: cst.BaseExpression) -> Word: ...

    def parts(self, node: cst.BaseExpression) -> tuple[Part, ...]: ...


def dotted(node: cst.BaseExpression) -> str | None:
    if isinstance(node, cst.Name):
        return node.value
    if isinstance(node, cst.Attribute):
        base = dotted(node.value)
        return f"{base}.{node.attr.value}" if base else None
    return None


def string_value(node: cst.BaseExpression) -> str | None:
    if isinstance(node, cst.SimpleString | cst.ConcatenatedString):
        value = node.evaluated_value
        return value if isinstance(value, str) else None
    return None


def word(start: int, end: int, text: str, parts: tuple[Part, ...], cls: type[Word] = Word, **extra: Any) -> Word:
    return cls(start, end, text, parts, **extra)  # the parts as read: the text is Python, not a shell word


class Names(cst.CSTVisitor):
    """What the names of the script hold, read once before the conversion: the docker module and what was
    imported from it, the kind of SDK object each name is bound to, what each name is assigned, and where
    each name is read."""

    def __init__(
        self,
        host: Host,
        contexts: Mapping[cst.CSTNode, ExpressionContext | None],
        qualified: Mapping[cst.CSTNode, Collection[QualifiedName] | Callable[[], Collection[QualifiedName]]],
    ) -> None:
        self.host = host
        self.contexts = contexts
        # libcst's qualified names, computed on first look: `d.from_env` is `docker.from_env` after `import docker as d`
        self.qualified = qualified
        self.kinds: dict[str, set[str]] = {}
        self.values: dict[str, list[cst.BaseExpression | None]] = {}
        self.loads: dict[str, list[int]] = {}
        self._keywords: set[int] = set()

    # -- queries ---------------------------------------------------------------------------------
    def canon(self, node: cst.BaseExpression) -> str | None:
        """The name a call's function stands for, imports resolved in its scope (libcst's QualifiedNameProvider);
        the name as written when it is not one name."""
        found = self.qualified.get(node, ())
        names = {q.name for q in (found() if callable(found) else found)}
        if len(names) == 1:
            return names.pop()
        return dotted(node)

    def kind(self, name: str) -> str | None:
        kinds = self.kinds.get(name, set())
        if not kinds & _SDK_KINDS:
            return None
        return next(iter(kinds)) if len(kinds) == 1 else "mixed"

    # -- collection ------------------------------------------------------------------------------
    def visit_Assign(self, node: cst.Assign) -> None:
        for target in node.targets:
            self._bind(target.target, node.value)

    def visit_AnnAssign(self, node: cst.AnnAssign) -> None:
        self._bind(node.target, node.value)

    def visit_AugAssign(self, node: cst.AugAssign) -> None:
        self._bind(node.target, None)

    def visit_For(self, node: cst.For) -> None:
        self._bind(node.target, None)

    def visit_WithItem(self, node: cst.WithItem) -> None:
        if node.asname is not None:
            self._bind(node.asname.name, node.item)

    def visit_Param(self, node: cst.Param) -> None:
        self._bind(node.name, None)

    def visit_Arg(self, node: cst.Arg) -> None:
        if node.keyword is not None:
            self._keywords.add(id(node.keyword))

    def visit_Name(self, node: cst.Name) -> None:
        if self.contexts.get(node) is ExpressionContext.LOAD and id(node) not in self._keywords:
            self.loads.setdefault(node.value, []).append(self.host.span(node)[0])

    def _bind(self, target: cst.BaseExpression, value: cst.BaseExpression | None) -> None:
        if isinstance(target, cst.Name):
            self.values.setdefault(target.value, []).append(value)
            self.kinds.setdefault(target.value, set()).add(self._kind_of(value))
        elif isinstance(target, cst.Tuple | cst.List):
            names = [el.value for el in target.elements]
            kinds = ["other"] * len(names)
            call = value if isinstance(value, cst.Call) else None
            if call is not None and len(names) == 2 and method_of(call) == ("images", "build"):
                kinds = ["image", "logs"]
            elif call is not None and len(names) == 2 and method_of(call)[1] == "get_archive":
                kinds = ["archive", "other"]
            for name, kind in zip(names, kinds, strict=True):
                if isinstance(name, cst.Name):
                    self.values.setdefault(name.value, []).append(None)
                    self.kinds.setdefault(name.value, set()).add(kind)
                else:
                    self._bind(name, None)

    def _kind_of(self, value: cst.BaseExpression | None) -> str:
        index = None
        if isinstance(value, cst.Subscript) and len(value.slice) == 1:
            sl = value.slice[0].slice
            if isinstance(sl, cst.Index) and isinstance(sl.value, cst.Integer):
                index, value = sl.value.value, value.value
        if isinstance(value, cst.Attribute) and value.attr.value == "api":
            return "api"
        if not isinstance(value, cst.Call):
            return "other"
        name = self.canon(value.func)
        if name in CTORS:
            return "client"
        if name in API_CTORS:
            return "api"
        family, method = method_of(value)
        if family == "images" and method == "build":
            return {None: "build-result", "0": "image", "1": "logs"}.get(index, "other")
        if family == "images" and method in ("get", "pull"):
            return "image"
        if family == "containers" and method in ("create", "get"):
            return "container"
        if family == "containers" and method == "run":
            detach = keyword(value, "detach")
            return "container" if isinstance(detach, cst.Name) and detach.value == "True" else "logs"
        return "other"


def method_of(call: cst.Call) -> tuple[str | None, str | None]:
    """(`images`/`containers`, method) for `R.images.build(...)`-like calls; (None, method) for another
    method call; (None, None) for a plain function call."""
    func = call.func
    if not isinstance(func, cst.Attribute):
        return None, None
    recv = func.value
    if isinstance(recv, cst.Attribute) and func.attr.value in COLLECTIONS.get(recv.attr.value, ()):
        return recv.attr.value, func.attr.value
    return None, func.attr.value


def keyword(call: cst.Call, name: str) -> cst.BaseExpression | None:
    for a in call.args:
        if a.keyword is not None and a.keyword.value == name:
            return a.value
    return None
