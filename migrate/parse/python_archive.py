"""`container.get_archive(path)` and the tarfile statements that extract it, as the tar stream the tracer
already knows: `docker cp c:path - | tar -x -C dest` (docker cp's `-` streams the same archive the Engine API
returns). The statements must follow one another in one of these shapes, nothing else in between:

    stream, stat = c.get_archive("/app/app.jar")          # or: stream = c.get_archive(...)[0]
    [buf = io.BytesIO(b"".join(stream))]
    tarfile.open(fileobj=buf or io.BytesIO(b"".join(stream))).extractall(dest)   # or in a `with`

    stream, stat = c.get_archive("/app/app.jar")
    with open("app.tar", "wb") as f:                       # `for chunk in stream: f.write(chunk)`,
        for chunk in stream:                               # `f.write(b"".join(stream))` or
            f.write(chunk)                                 # `f.writelines(stream)`
    tarfile.open("app.tar").extractall(dest)               # or in a `with`
    os.remove("app.tar")                                   # the archive must not outlive the step

`extractall` makes a missing `dest` (the tracer is told so) and, with no `filter` (Python before 3.14) or
`filter="fully_trusted"`, keeps the modes the archive holds, as docker cp does; the `data` and `tar` filters
change modes and are refused, as are `members=`, compressed modes and anything else."""

from __future__ import annotations

from collections.abc import Sequence

import libcst as cst

from migrate.parse.python_sdk import Statements
from migrate.parse.python_sdk_names import Refused, dotted, string_value, word
from migrate.parse.shell_model import Command, Node, Pipeline, Word
from migrate.parse.words import Lit

_MODES = {"r", "r:", "r:*", "r|", "r|*"}
_HINT = (
    'Extract the archive right after get_archive with tarfile, from memory (tarfile.open(fileobj=io.BytesIO(b"".join('
    "stream))).extractall(dest)) or through a file removed right after; then migrate."
)


def _one(st: cst.CSTNode | None) -> cst.BaseSmallStatement | None:
    """The only small statement of a simple statement line."""
    if isinstance(st, cst.SimpleStatementLine) and len(st.body) == 1:
        return st.body[0]
    return None


def _name(node: cst.CSTNode | None) -> str | None:
    return node.value if isinstance(node, cst.Name) else None


def _block(body: cst.BaseSuite) -> Sequence[cst.BaseStatement] | None:
    return body.body if isinstance(body, cst.IndentedBlock) else None


class Archives:
    def __init__(self, statements: Statements) -> None:
        self.st = statements
        self.host = statements.host

    def take(self, items: Sequence[cst.CSTNode], i: int) -> tuple[list[Node], int] | None:
        """The extraction starting at items[i], or a refusal there; None when items[i] is no get_archive."""
        small = _one(items[i])
        if not isinstance(small, cst.Assign) or len(small.targets) != 1:
            return None
        found = self._get_archive(small.targets[0].target, small.value)
        if found is None:
            return None
        stream, stat, call = found
        try:
            return self._extraction(items, i, stream, stat, call)
        except Refused as r:
            r.extraction = True
            return [self.st.refusal(items[i], r)], 1

    def _get_archive(
        self, target: cst.BaseExpression, value: cst.BaseExpression
    ) -> tuple[str | None, str | None, cst.Call] | None:
        call = value
        first = False
        if isinstance(value, cst.Subscript) and len(value.slice) == 1:
            sl = value.slice[0].slice
            if isinstance(sl, cst.Index) and isinstance(sl.value, cst.Integer) and sl.value.value == "0":
                call, first = value.value, True
        if not isinstance(call, cst.Call) or not isinstance(call.func, cst.Attribute):
            return None
        if call.func.attr.value != "get_archive":
            return None
        if first and isinstance(target, cst.Name):
            return target.value, None, call
        if not first and isinstance(target, cst.Tuple | cst.List) and len(target.elements) == 2:
            names = [_name(el.value) for el in target.elements]
            return names[0], names[1], call
        return None  # another shape: refused where the statement is converted

    def _extraction(
        self, items: Sequence[cst.CSTNode], i: int, stream: str | None, stat: str | None, call: cst.Call
    ) -> tuple[list[Node], int]:
        if stream is None or stream == "_":
            raise Refused("the archive stream of get_archive is not kept", call, _HINT)
        recv = call.func.value if isinstance(call.func, cst.Attribute) else call.func
        if not isinstance(recv, cst.Name):
            raise Refused("get_archive on something other than a container variable", call, _HINT)
        args = self.st.calls.arguments(call, ("path", "chunk_size", "encode_stream"), set(), "get_archive")
        if "encode_stream" in args and self.st.calls.boolean(args["encode_stream"], "get_archive(encode_stream=…)"):
            raise Refused("`get_archive(encode_stream=True)` is not modelled", args["encode_stream"])
        if "path" not in args:
            raise Refused("get_archive without a path", call)
        j = i + 1
        buffer = self._buffer(items[j] if j < len(items) else None, stream)
        archive: cst.BaseExpression | None = None
        bound: list[str | None] = [buffer]
        if buffer is not None:
            j += 1
        else:
            written = self._written(items[j] if j < len(items) else None, stream)
            if written is not None:
                archive, handle, chunk = written
                bound += [handle, chunk]
                j += 1
        nxt = items[j] if j < len(items) else None
        extracted = self._extract(nxt, stream, buffer, archive)
        if extracted is None:
            raise Refused("the archive from get_archive is not extracted right away with tarfile", call, _HINT)
        dest, tar_name = extracted
        bound.append(tar_name)
        j += 1
        if archive is not None:
            if not self._removes(items[j] if j < len(items) else None, archive):
                raise Refused(
                    f"the archive file `{self._src(archive)}` stays on the host after the extraction; the migrated "
                    "script would not write it",
                    archive,
                    "Remove the archive file (os.remove) right after extracting it, or extract from memory, then "
                    "migrate.",
                )
            j += 1
        s = self.host.span(items[i])[0]
        e = self.host.span(items[j - 1])[1]
        first_end = self.host.span(items[i])[1]
        second_start = self.host.span(items[i + 1])[0]
        at = self.host.span(call)[0]
        lit = self.st.calls.lit
        path = args["path"]
        ps, pe = self.host.span(path)
        source = word(ps, pe, self.host.text[ps:pe], (*self.host.parts(recv), Lit(":", True), *self.host.parts(path)))
        cp = Command(
            s,
            first_end,
            self.st.bound([stream, stat], s, e, items[j:]),
            (lit("docker", at), lit("cp", at), source, lit("-", at)),
        )
        target: Word = self.host.expr_word(dest) if dest is not None else lit(".", second_start)
        tar = Command(
            second_start,
            e,
            self.st.bound(bound, s, e, items[j:]),
            (lit("tar", second_start), lit("-x", second_start), lit("-C", second_start), target),
        )
        return [Pipeline(s, e, (cp, tar))], j - i

    # -- the shapes ------------------------------------------------------------------------------
    @staticmethod
    def _all_of(node: cst.BaseExpression, stream: str) -> bool:
        """`b"".join(stream)`."""
        return (
            isinstance(node, cst.Call)
            and isinstance(node.func, cst.Attribute)
            and node.func.attr.value == "join"
            and isinstance(node.func.value, cst.SimpleString)
            and node.func.value.evaluated_value == b""
            and len(node.args) == 1
            and node.args[0].keyword is None
            and _name(node.args[0].value) == stream
        )

    def _joined(self, node: cst.BaseExpression | None, stream: str) -> bool:
        """`io.BytesIO(b"".join(stream))`."""
        return (
            isinstance(node, cst.Call)
            and dotted(node.func) in ("io.BytesIO", "BytesIO")
            and len(node.args) == 1
            and node.args[0].keyword is None
            and self._all_of(node.args[0].value, stream)
        )

    def _buffer(self, st: cst.CSTNode | None, stream: str) -> str | None:
        small = _one(st)
        if isinstance(small, cst.Assign) and len(small.targets) == 1 and self._joined(small.value, stream):
            return _name(small.targets[0].target)
        return None

    def _written(self, st: cst.CSTNode | None, stream: str) -> tuple[cst.BaseExpression, str | None, str | None] | None:
        """`with open(F, "wb") as f:` writing the stream: (F, f, the loop variable)."""
        if not isinstance(st, cst.With) or len(st.items) != 1 or st.items[0].asname is None:
            return None
        opened = st.items[0].item
        handle = _name(st.items[0].asname.name)
        if not isinstance(opened, cst.Call) or dotted(opened.func) != "open" or handle is None:
            return None
        args = self.st.calls.arguments(opened, ("file", "mode"), set(), "open")
        mode = args.get("mode")
        if "file" not in args or mode is None or string_value(mode) != "wb":
            return None
        body = _block(st.body)
        if body is None or len(body) != 1:
            return None
        loop = body[0]
        if isinstance(loop, cst.For) and _name(loop.iter) == stream and loop.orelse is None:
            chunk = _name(loop.target)
            inner = _block(loop.body)
            small = _one(inner[0]) if inner is not None and len(inner) == 1 else None
            if chunk and isinstance(small, cst.Expr) and self._writes(small.value, handle, "write", chunk):
                return args["file"], handle, chunk
            return None
        small = _one(loop)
        if isinstance(small, cst.Expr) and (
            self._writes(small.value, handle, "writelines", stream)
            or (
                self._writes(small.value, handle, "write", None)
                and isinstance(small.value, cst.Call)
                and self._all_of(small.value.args[0].value, stream)
            )
        ):
            return args["file"], handle, None
        return None

    @staticmethod
    def _writes(node: cst.BaseExpression, handle: str, method: str, arg: str | None) -> bool:
        return (
            isinstance(node, cst.Call)
            and isinstance(node.func, cst.Attribute)
            and _name(node.func.value) == handle
            and node.func.attr.value == method
            and len(node.args) == 1
            and node.args[0].keyword is None
            and (arg is None or _name(node.args[0].value) == arg)
        )

    def _extract(
        self, st: cst.CSTNode | None, stream: str, buffer: str | None, archive: cst.BaseExpression | None
    ) -> tuple[cst.BaseExpression | None, str | None] | None:
        """`tarfile.open(...).extractall(dest)`, or `with tarfile.open(...) as t: t.extractall(dest)`:
        (dest, the name the `with` binds). None when the statement is no such extraction."""
        small = _one(st)
        if isinstance(small, cst.Expr) and isinstance(small.value, cst.Call):
            call = small.value
            if not isinstance(call.func, cst.Attribute) or not isinstance(call.func.value, cst.Call):
                return None
            if call.func.attr.value != "extractall" or not self._opens(call.func.value, stream, buffer, archive):
                return None
            return self._extractall(call), None
        if not isinstance(st, cst.With) or len(st.items) != 1:
            return None
        item = st.items[0]
        tar = _name(item.asname.name) if item.asname is not None else None
        body = _block(st.body)
        inner = _one(body[0]) if body is not None and len(body) == 1 else None
        if not isinstance(item.item, cst.Call) or not self._opens(item.item, stream, buffer, archive):
            return None
        if (
            tar is None
            or not isinstance(inner, cst.Expr)
            or not isinstance(inner.value, cst.Call)
            or not isinstance(inner.value.func, cst.Attribute)
            or _name(inner.value.func.value) != tar
            or inner.value.func.attr.value != "extractall"
        ):
            raise Refused("the `with tarfile.open(...)` block does more than one extractall", st, _HINT)
        return self._extractall(inner.value), tar

    def _opens(self, call: cst.Call, stream: str, buffer: str | None, archive: cst.BaseExpression | None) -> bool:
        """`tarfile.open` of this archive (file) or of the stream (memory); Refused for another mode."""
        if dotted(call.func) not in ("tarfile.open", "tarfile.TarFile.open"):
            return False
        args = self.st.calls.arguments(call, ("name", "mode", "fileobj"), set(), "tarfile.open")
        mode = args.get("mode")
        if mode is not None and string_value(mode) not in _MODES:
            raise Refused("`tarfile.open` with a mode other than reading a plain tar", mode, _HINT)
        if archive is not None:
            return "fileobj" not in args and "name" in args and self._same(args["name"], archive)
        fileobj = args.get("fileobj")
        if "name" in args or fileobj is None:
            return False
        return (buffer is not None and _name(fileobj) == buffer) or self._joined(fileobj, stream)

    def _extractall(self, call: cst.Call) -> cst.BaseExpression | None:
        args = self.st.calls.arguments(call, ("path", "members", "numeric_owner"), {"filter"}, "extractall")
        members = args.get("members")
        if members is not None and _name(members) != "None":
            raise Refused("`extractall(members=…)` extracts part of the archive; docker cp takes all of it", members)
        owner = args.get("numeric_owner")
        if owner is not None and _name(owner) != "False":
            raise Refused("`extractall(numeric_owner=…)` is not modelled", owner)
        filt = args.get("filter")
        if (
            filt is not None
            and string_value(filt) != "fully_trusted"
            and dotted(filt) != "tarfile.fully_trusted_filter"
        ):
            raise Refused(
                f"`extractall(filter={self._src(filt)})` changes what it extracts (modes, links), where "
                "COPY --from takes the files as the builder stage holds them",
                filt,
                'Extract with filter="fully_trusted" (or move the step into the builder), then migrate.',
            )
        return args.get("path")

    def _removes(self, st: cst.CSTNode | None, archive: cst.BaseExpression) -> bool:
        small = _one(st)
        if not isinstance(small, cst.Expr) or not isinstance(small.value, cst.Call):
            return False
        call = small.value
        return (
            dotted(call.func) in ("os.remove", "os.unlink")
            and len(call.args) == 1
            and call.args[0].keyword is None
            and self._same(call.args[0].value, archive)
        )

    def _same(self, a: cst.BaseExpression, b: cst.BaseExpression) -> bool:
        return self._src(a) == self._src(b)

    def _src(self, node: cst.CSTNode) -> str:
        s, e = self.host.span(node)
        return self.host.text[s:e]
