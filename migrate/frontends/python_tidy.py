"""Python cruft a migration leaves: a module-level function only removed steps called, and imports only
removed steps used. libcst's scope analysis says which names are read; a name the text before read and the
text now does not is what the migration left unused. Returns the tidied text and the lines that went
(numbered in the migrated text)."""

from __future__ import annotations

import ast
import re
from collections.abc import Callable

import libcst as cst
from libcst.metadata import GlobalScope, MetadataWrapper, PositionProvider, ScopeProvider

Hit = tuple[str, int]


def _unread(module: cst.Module) -> tuple[set[str], dict[str, cst.CSTNode], dict[cst.CSTNode, int]]:
    """Names bound at module level and read nowhere; the node binding each (a FunctionDef, an import alias)."""
    wrapper = MetadataWrapper(module, unsafe_skip_copy=True)
    scopes = wrapper.resolve(ScopeProvider)
    positions = wrapper.resolve(PositionProvider)
    glob = next((s for s in scopes.values() if isinstance(s, GlobalScope)), None)
    if glob is None:
        return set(), {}, {}
    unread: set[str] = set()
    nodes: dict[str, cst.CSTNode] = {}
    for assignment in glob.assignments:
        node = getattr(assignment, "node", None)
        if isinstance(node, cst.Import | cst.ImportFrom) and not isinstance(node.names, cst.ImportStar):
            node = next((a for a in node.names if _bound(a) == assignment.name), None)  # the alias binding it
        if isinstance(node, cst.FunctionDef | cst.ImportAlias) and node in positions:
            nodes[assignment.name] = node
            if not assignment.references and not any(
                other.references for other in glob.assignments[assignment.name] if other is not assignment
            ):
                unread.add(assignment.name)
    return unread, nodes, {n: positions[n].start.line for n in nodes.values()}


def _bound(alias: cst.ImportAlias) -> str:
    """The name an import alias binds (`import a.b` binds `a`)."""
    return alias.evaluated_alias or alias.evaluated_name.split(".")[0]


def _may_leave_unused(old: str, new: str) -> bool:
    """Whether a function or import both files define at their top level was loaded somewhere in the old
    one and is loaded nowhere in the new one: only such a name can be one the migration left unused. A cheap
    look with `ast` (a name still loaded somewhere keeps its definition, even where libcst's scope analysis
    would find that load to be of a local of the same name) before libcst's scope analysis decides."""
    try:
        before, after = ast.parse(old), ast.parse(new)
    except (SyntaxError, ValueError):
        return False
    was, now = _loaded(before), _loaded(after)
    return any(name in was and name not in now for name in _top_level(before) & _top_level(after))


def _top_level(tree: ast.Module) -> set[str]:
    """The names a module binds at its top level with `def` or `import`."""
    names: set[str] = set()
    for node in tree.body:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            names.add(node.name)
        elif isinstance(node, ast.Import | ast.ImportFrom):
            names.update((a.asname or a.name).split(".")[0] for a in node.names)
    return names


def _loaded(tree: ast.Module) -> set[str]:
    return {n.id for n in ast.walk(tree) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load)}


def _named(name: str, text: str) -> bool:
    return re.search(r"(?<![\w.])" + re.escape(name) + r"(?!\w)", text) is not None


def _read_before(old: str) -> set[str] | None:
    try:
        module = cst.parse_module(old)
    except cst.ParserSyntaxError:
        return None
    unread, nodes, _ = _unread(module)
    return set(nodes) - unread


class _Remove(cst.CSTTransformer):
    def __init__(self, functions: set[cst.CSTNode], aliases: set[cst.CSTNode]) -> None:
        self.functions, self.aliases = functions, aliases

    def leave_FunctionDef(
        self, original: cst.FunctionDef, updated: cst.FunctionDef
    ) -> cst.FunctionDef | cst.RemovalSentinel:
        return cst.RemovalSentinel.REMOVE if original in self.functions else updated

    def leave_SimpleStatementLine(
        self, original: cst.SimpleStatementLine, updated: cst.SimpleStatementLine
    ) -> cst.SimpleStatementLine | cst.RemovalSentinel:
        body = []
        for small, new in zip(original.body, updated.body, strict=True):
            if isinstance(small, cst.Import | cst.ImportFrom) and not isinstance(small.names, cst.ImportStar):
                kept = [a for a in small.names if a not in self.aliases]
                if not kept:
                    continue
                if len(kept) != len(small.names):
                    kept[-1] = kept[-1].with_changes(comma=cst.MaybeSentinel.DEFAULT)
                    assert isinstance(new, cst.Import | cst.ImportFrom)
                    new = new.with_changes(names=kept)
            body.append(new)
        if not body:
            return cst.RemovalSentinel.REMOVE
        return updated.with_changes(body=body)


def tidy_python(old: str, new: str, elsewhere: Callable[[], str] = lambda: "") -> tuple[str, list[Hit]]:
    """`new` without module-level functions and imports that `old` read and `new` no longer does (repeated:
    a function that goes may leave an import unused); a function another file of the repository names (an
    import of it) stays."""
    if not _may_leave_unused(old, new):
        return new, []  # every top-level name loaded before is loaded still: nothing was left unused
    before = _read_before(old)
    if before is None or "__all__" in new:
        return new, []  # a module that says what it exports keeps it
    from migrate.plan.tidy import back_to

    hits: list[Hit] = []
    text = new
    while True:
        try:
            module = cst.parse_module(text)
        except cst.ParserSyntaxError:
            return new, []
        unread, nodes, line_of = _unread(module)
        dropped = {name for name in unread if name in before and name != "main"}
        dropped = {n for n in dropped if not (isinstance(f := nodes[n], cst.FunctionDef) and f.decorators)}
        dropped = {n for n in dropped if not (isinstance(nodes[n], cst.FunctionDef) and _named(n, elsewhere()))}
        if not dropped:
            return text, hits
        functions = {nodes[n] for n in dropped if isinstance(nodes[n], cst.FunctionDef)}
        aliases = {nodes[n] for n in dropped if isinstance(nodes[n], cst.ImportAlias)}
        found = [("uncalled-function", line_of[f]) for f in functions] + [
            ("unused-import", line_of[a]) for a in aliases
        ]
        hits += [(t.rule, t.line) for t in back_to(new, text, found)]  # numbered in `new`
        text = module.visit(_Remove(functions, aliases)).code
        before -= dropped
