"""Docker SDK calls as the docker commands they stand for (the words of a shell-model command), or Refused
when a call has no exact docker command equivalent. See python_sdk.py for what is modelled."""

from __future__ import annotations

import shlex
from collections.abc import Sequence
from typing import Any

import libcst as cst

from migrate.parse.python_sdk_names import (
    API_CTORS,
    CLIENT_NOOPS,
    COLLECTION_NOOPS,
    CTORS,
    Host,
    Names,
    Refused,
    keyword,
    method_of,
    string_value,
    word,
)
from migrate.parse.sdk_model import BuildCallSite, Insertion, SdkWord
from migrate.parse.shell_model import Word
from migrate.parse.words import Lit, Param

_BUILD_VALUE = {"tag": "-t", "target": "--target", "platform": "--platform", "isolation": "--isolation"}
_BUILD_VALUE |= {"network_mode": "--network", "shmsize": "--shm-size"}
_BUILD_FLAGS = {"nocache": "--no-cache", "pull": "--pull", "rm": "--rm", "forcerm": "--force-rm"}
_BUILD_FLAGS |= {"quiet": "-q", "squash": "--squash"}
_BUILD_IGNORED = {"timeout", "encoding", "gzip"}  # how the context travels, not what is built
_CTR_VALUE = {"name": "--name", "working_dir": "-w", "user": "-u", "network": "--network"}
_CTR_VALUE |= {"network_mode": "--network", "platform": "--platform", "hostname": "-h"}
_CTR_FLAGS = {"tty": "-t", "stdin_open": "-i"}


def _noop(family: str, method: str) -> bool:
    return (
        family == "ctor"
        or (family == "client" and method in CLIENT_NOOPS)
        or (family in ("images", "containers") and method in COLLECTION_NOOPS)
    )


class Calls:
    """SDK calls turned into docker command words, or Refused."""

    def __init__(self, host: Host, names: Names) -> None:
        self.host = host
        self.names = names

    # -- what a call is --------------------------------------------------------------------------
    def classify(self, call: cst.Call) -> tuple[str, str, cst.BaseExpression] | None:
        """(family, method, receiver) of an SDK call; None for anything else. Families: ctor, images,
        containers, client, api, image, container, archive, mixed."""
        name = self.names.canon(call.func)
        if name in CTORS or name in API_CTORS:
            return "ctor", name or "", call.func
        func = call.func
        if not isinstance(func, cst.Attribute):
            return None
        method, recv = func.attr.value, func.value
        family, _ = method_of(call)
        if family is not None and isinstance(recv, cst.Attribute):
            owner = recv.value
            if isinstance(owner, cst.Attribute) and owner.attr.value == "api":
                return "api", method, owner
            if isinstance(owner, cst.Name) and self.names.kind(owner.value) == "api":
                return "api", method, owner
            return family, method, owner
        if isinstance(recv, cst.Attribute) and recv.attr.value == "api":
            return "api", method, recv
        if method == "get_archive":
            return "archive", method, recv
        if isinstance(recv, cst.Name):
            kind = self.names.kind(recv.value)
            if kind is not None:
                return kind, method, recv
        return None

    def step(self, call: cst.Call) -> bool:
        """Whether the call is an SDK step (not a client being made, nor a harmless query or prune)."""
        c = self.classify(call)
        return c is not None and not _noop(*c[:2])

    def first_step(self, node: cst.CSTNode) -> cst.Call | None:
        """The first SDK step anywhere under `node`."""
        found: list[cst.Call] = []

        class Finder(cst.CSTVisitor):
            def visit_Call(inner, call: cst.Call) -> bool:
                if not found and self.step(call):
                    found.append(call)
                return not found

        node.visit(Finder())
        return found[0] if found else None

    # -- commands --------------------------------------------------------------------------------
    def command(self, call: cst.Call) -> list[Word] | None:
        """The docker command words of an SDK step; None for a call that is not one."""
        c = self.classify(call)
        if c is None:
            return None
        family, method, recv = c
        fs, fe = self.host.span(call.func)
        what = self.host.text[fs:fe]
        if _noop(family, method):
            return None
        if family == "images" and method == "build":
            return self.build(call)
        if family == "images" and method in ("remove", "push", "pull"):
            return self.image_op(call, method)
        if family == "containers" and method in ("create", "run"):
            return self.container(call, method)
        if family == "container" and method == "remove":
            return self.rm(call, recv)
        if family == "image" and method == "tag":
            return self.tag(call, recv)
        if family == "api":
            raise Refused(
                f"`{what}()`: the low-level docker.APIClient is not modelled",
                call,
                "Use docker.from_env() and its images and containers collections (or docker commands), then migrate.",
            )
        if family == "archive":
            raise Refused(
                f"`{what}()`: the archive is not extracted right away with tarfile",
                call,
                'Extract it in the next statement with tarfile (tarfile.open(fileobj=io.BytesIO(b"".join(stream)))'
                ".extractall(dest)), or through a file removed right after; then migrate.",
                extraction=True,
            )
        if family == "mixed":
            raise Refused(
                f"`{what}()`: the name holds a docker SDK object in one place and another value elsewhere", call
            )
        raise Refused(f"`{what}()` is not modelled", call, extraction=family == "container")

    def lit(self, text: str, at: int) -> Word:
        return word(at, at, text, (Lit(text, True),))

    def arguments(
        self, call: cst.Call, positional: Sequence[str], allowed: set[str], what: str
    ) -> dict[str, cst.BaseExpression]:
        """The call's arguments by name (positional ones named as the SDK names them), in source order."""
        out: dict[str, cst.BaseExpression] = {}
        pos = 0
        for a in call.args:
            if a.star:
                raise Refused(f"`{what}()`: arguments passed with {a.star} are not modelled", a)
            if a.keyword is None:
                if pos >= len(positional):
                    raise Refused(f"`{what}()`: too many positional arguments", a)
                name = positional[pos]
                pos += 1
            else:
                name = a.keyword.value
            if name not in allowed and name not in positional:
                raise Refused(f"`{what}({name}=…)` has no docker command equivalent that migrate models", a)
            if not (isinstance(a.value, cst.Name) and a.value.value == "None"):  # None: as if not given
                out[name] = a.value
        return out

    def boolean(self, node: cst.BaseExpression, what: str) -> bool:
        if isinstance(node, cst.Name) and node.value in ("True", "False"):
            return node.value == "True"
        raise Refused(f"`{what}` must be True or False as written", node)

    def ref(self, node: cst.BaseExpression) -> Word:
        """An image or container argument: `x.id`, `x.short_id` and `x.name` of an SDK object are `x`."""
        if isinstance(node, cst.Attribute) and node.attr.value in ("id", "short_id", "name"):
            inner = node.value
            if isinstance(inner, cst.Name) and self.names.kind(inner.value) in ("image", "container"):
                s, e = self.host.span(node)
                return word(s, e, self.host.text[s:e], (Param(inner.value, None, None, True, s, e),))
        return self.host.expr_word(node)

    def _joined(self, node: cst.BaseExpression, *rest: tuple[str, cst.BaseExpression | None]) -> Word:
        """`repository` with `:tag` (or other separators and values) appended."""
        s, e = self.host.span(node)
        parts = list(self.host.parts(node))
        for sep, value in rest:
            if value is not None:
                parts.append(Lit(sep, True))
                parts.extend(self.host.parts(value))
        return word(s, e, self.host.text[s:e], tuple(parts))

    # -- images ----------------------------------------------------------------------------------
    def build(self, call: cst.Call) -> list[Word]:
        allowed = set(_BUILD_VALUE) | set(_BUILD_FLAGS) | _BUILD_IGNORED | {"path", "dockerfile", "buildargs", "labels"}
        allowed |= {"cache_from", "extra_hosts", "use_config_proxy"}
        args = self.arguments(call, (), allowed, "images.build")
        path = args.get("path")
        if path is None:
            raise Refused(
                "`images.build()` without `path=`: a context or Dockerfile from a file object is not modelled",
                call,
                "Build from a directory (path=...), then migrate.",
            )
        at = self.host.span(call)[0]
        words = [self.lit("docker", at), word(at, at, "build", (Lit("build", True),), SdkWord, call=self.site(call))]
        for name, value in args.items():
            if name in _BUILD_VALUE:
                words += [self.lit(_BUILD_VALUE[name], at), self.host.expr_word(value)]
            elif name in _BUILD_FLAGS:
                if self.boolean(value, f"images.build({name}=…)"):
                    words.append(self.lit(_BUILD_FLAGS[name], at))
            elif name == "dockerfile":
                words += [self.lit("-f", at), self._dockerfile(path, value)]
            elif name in ("buildargs", "labels", "extra_hosts"):
                flag, sep = {
                    "buildargs": ("--build-arg", "="),
                    "labels": ("--label", "="),
                    "extra_hosts": ("--add-host", ":"),
                }[name]
                for w in self.mapping(value, sep, f"images.build({name}=…)", build_args=name == "buildargs"):
                    words += [self.lit(flag, at), w]
            elif name == "cache_from":
                for w in self.sequence(value, "images.build(cache_from=…)"):
                    words += [self.lit("--cache-from", at), w]
            elif name == "use_config_proxy" and not self.boolean(value, "images.build(use_config_proxy=…)"):
                raise Refused(
                    "`images.build(use_config_proxy=False)`: the docker CLI always passes the proxy settings", value
                )
        words.append(self.host.expr_word(path))
        return words

    def _dockerfile(self, path: cst.BaseExpression, value: cst.BaseExpression) -> Word:
        """docker-py reads a relative `dockerfile` inside the context: `-f path/dockerfile`."""
        kind = self.path_kind(value)
        if kind == "abs":
            return self.host.expr_word(value)
        if kind is None:
            raise Refused(
                "`images.build(dockerfile=…)`: cannot tell whether the path is absolute or inside the context",
                value,
                "Give dockerfile= a literal path (relative to path=), then migrate.",
            )
        s, e = self.host.span(value)
        parts = (*self.host.parts(path), Lit("/", True), *self.host.parts(value))
        return word(s, e, self.host.text[s:e], parts)

    def path_kind(self, node: cst.BaseExpression, depth: int = 0) -> str | None:
        """ "abs" or "rel" for a path whose start is known (a literal, the working directory, a name assigned
        once from such a path); None otherwise."""
        parts = self.host.parts(node)
        first = parts[0] if parts else None
        if isinstance(first, Lit) and first.text:
            return "abs" if first.text.startswith("/") else "rel"
        if isinstance(first, Param) and first.name == "PWD":
            return "abs"
        if isinstance(first, Param) and depth < 8:
            values = self.names.values.get(first.name, [])
            if len(values) == 1 and values[0] is not None:
                return self.path_kind(values[0], depth + 1)
        return None

    def mapping(self, node: cst.BaseExpression, sep: str, what: str, build_args: bool = False) -> list[Word]:
        """A dict display as `key<sep>value` words; build arguments keep their value's source for the
        planner (sdk_model.SdkWord)."""
        if not isinstance(node, cst.Dict):
            raise Refused(f"`{what}` is not a dict written out in the call", node)
        out: list[Word] = []
        for el in node.elements:
            key = string_value(el.key) if isinstance(el, cst.DictElement) else None
            if not isinstance(el, cst.DictElement) or key is None:
                raise Refused(f"`{what}`: every key must be a literal string", el)
            s, e = self.host.span(el)
            vs, ve = self.host.span(el.value)
            parts = (Lit(key + sep, True), *self.host.parts(el.value))
            if build_args:  # an empty span: the Python text is not a shell word to copy anywhere
                out.append(word(s, s, "", parts, SdkWord, source=self.host.text[vs:ve]))
            else:
                out.append(word(s, e, self.host.text[s:e], parts))
        return out

    def sequence(self, node: cst.BaseExpression, what: str) -> list[Word]:
        if not isinstance(node, cst.List | cst.Tuple) or any(
            isinstance(el, cst.StarredElement) for el in node.elements
        ):
            raise Refused(f"`{what}` is not a list written out in the call", node)
        return [self.host.expr_word(el.value) for el in node.elements]

    def site(self, call: cst.Call) -> BuildCallSite:
        """Where the planner can add keyword arguments and build arguments to this call."""
        buildargs = keyword(call, "buildargs")
        flags = []
        for a in call.args:
            if a.keyword is not None and a.keyword.value in _BUILD_FLAGS and isinstance(a.value, cst.Name):
                vs, ve = self.host.span(a.value)
                flags.append((a.keyword.value, vs, ve, a.value.value == "True"))
        dict_at = None
        if isinstance(buildargs, cst.Dict):
            if buildargs.elements:
                dict_at = self.insertion(buildargs.elements[-1], buildargs.elements[-1].comma)
            else:
                at = self.host.span(buildargs.lbrace)[1]
                dict_at = Insertion(at, "", ", ", "")
        last = call.args[-1]
        return BuildCallSite(self.insertion(last, last.comma), dict_at, buildargs is not None, tuple(flags))

    def insertion(self, last: cst.CSTNode, comma: Any) -> Insertion:
        """After the last item, one per line when the items are, else on the same line."""
        text = self.host.text
        s, e = self.host.span(last)
        line_start = text.rfind("\n", 0, s) + 1
        indent = text[line_start:s]
        if indent.strip():  # items on one line
            if isinstance(comma, cst.Comma):
                return Insertion(self.host.span(comma)[1], " ", ", ", ",")
            return Insertion(e, ", ", ", ", "")
        if isinstance(comma, cst.Comma):
            return Insertion(self.host.span(comma)[1], "\n" + indent, ",\n" + indent, ",")
        return Insertion(e, ",\n" + indent, ",\n" + indent, "")

    def image_op(self, call: cst.Call, method: str) -> list[Word]:
        at = self.host.span(call)[0]
        if method == "remove":
            args = self.arguments(call, ("image", "force", "noprune"), set(), "images.remove")
            words = [self.lit("docker", at), self.lit("rmi", at)]
            if "force" in args and self.boolean(args["force"], "images.remove(force=…)"):
                words.append(self.lit("-f", at))
            if "noprune" in args and self.boolean(args["noprune"], "images.remove(noprune=…)"):
                words.append(self.lit("--no-prune", at))
            if "image" not in args:
                raise Refused("`images.remove()` without an image", call)
            return [*words, self.ref(args["image"])]
        extra = {"stream", "decode", "auth_config"} if method == "push" else {"platform"}
        args = self.arguments(call, ("repository", "tag"), extra, f"images.{method}")
        if "repository" not in args:
            raise Refused(f"`images.{method}()` without a repository", call)
        if method == "pull" and "platform" in args:
            raise Refused("`images.pull(platform=…)` is not modelled", args["platform"])
        ref = self._joined(args["repository"], (":", args.get("tag")))
        return [self.lit("docker", at), self.lit(method, at), ref]

    def tag(self, call: cst.Call, recv: cst.BaseExpression) -> list[Word]:
        at = self.host.span(call)[0]
        args = self.arguments(call, ("repository", "tag"), {"force"}, "tag")
        if "repository" not in args:
            raise Refused("`tag()` without a repository", call)
        ref = self._joined(args["repository"], (":", args.get("tag")))
        return [self.lit("docker", at), self.lit("tag", at), self.ref(recv), ref]

    # -- containers ------------------------------------------------------------------------------
    def container(self, call: cst.Call, verb: str) -> list[Word]:
        allowed = set(_CTR_VALUE) | set(_CTR_FLAGS) | {"entrypoint", "environment", "labels"}
        if verb == "run":  # a mount of a created container would change what a copy out of it reads
            allowed |= {"volumes", "remove", "detach", "stdout", "stderr"}
        args = self.arguments(call, ("image", "command"), allowed, f"containers.{verb}")
        at = self.host.span(call)[0]
        if "image" not in args:
            raise Refused(f"`containers.{verb}()` without an image", call)
        words = [self.lit("docker", at), self.lit(verb, at)]
        for name, value in args.items():
            if name in _CTR_VALUE:
                words += [self.lit(_CTR_VALUE[name], at), self.host.expr_word(value)]
            elif name in _CTR_FLAGS or name == "remove":
                if self.boolean(value, f"containers.{verb}({name}=…)"):
                    words.append(self.lit(_CTR_FLAGS.get(name, "--rm"), at))
            elif name == "detach" and self.boolean(value, f"containers.{verb}(detach=…)"):
                raise Refused(
                    "`containers.run(detach=True)`: the container runs on while the script goes on",
                    value,
                    "Run it in the foreground (the default), then migrate.",
                    extraction=True,
                )
            elif name == "entrypoint":
                words += [self.lit("--entrypoint", at), self._entrypoint(value)]
            elif name == "environment":
                listed = isinstance(value, cst.List | cst.Tuple)
                items = self.sequence(value, "environment=") if listed else self.mapping(value, "=", "environment=")
                for w in items:
                    words += [self.lit("-e", at), w]
            elif name == "labels":
                for w in self.mapping(value, "=", f"containers.{verb}(labels=…)"):
                    words += [self.lit("-l", at), w]
            elif name == "volumes":
                for w in self.volumes(value):
                    words += [self.lit("-v", at), w]
        words.append(self.ref(args["image"]))
        if "command" in args:
            words += self._command(args["command"])
        return words

    def _command(self, node: cst.BaseExpression) -> list[Word]:
        text = string_value(node)
        if text is not None:  # docker-py splits a string command with shlex
            s, e = self.host.span(node)
            try:
                tokens = shlex.split(text)
            except ValueError as err:
                raise Refused(f"the command string cannot be split: {err}", node) from None
            return [word(s, e, t, (Lit(t, True),)) for t in tokens]
        if isinstance(node, cst.List | cst.Tuple):
            return self.sequence(node, "command")
        raise Refused(
            "the container's command is built at run time (docker-py splits a string with shlex)",
            node,
            "Write the command as a list or a literal string, then migrate.",
        )

    def _entrypoint(self, node: cst.BaseExpression) -> Word:
        """`--entrypoint` takes one word; docker-py splits a string entrypoint with shlex."""
        words = self._command(node)
        if len(words) != 1:
            raise Refused("`entrypoint=` is not exactly one word, as `--entrypoint` takes", node)
        return words[0]

    def volumes(self, node: cst.BaseExpression) -> list[Word]:
        """`{host: {"bind": path, "mode": "rw"}}`, `{host: path}` or `["host:path"]`: the host path must be
        absolute, since docker-py hands it to the Engine API as it is (anything else names a volume)."""
        out: list[Word] = []
        if isinstance(node, cst.List | cst.Tuple):
            for el in node.elements:
                if isinstance(el, cst.StarredElement):
                    raise Refused("`volumes=`: unpacked entries are not modelled", el)
                self._absolute(el.value)
                spec = self.host.expr_word(el.value)
                literal = "".join(p.text for p in spec.parts if isinstance(p, Lit))
                if literal.count(":") != 1 and not (literal.count(":") == 2 and literal.endswith(":rw")):
                    raise Refused("the mount is not a plain read-write bind mount", el)
                out.append(spec)
            return out
        if not isinstance(node, cst.Dict):
            raise Refused("`volumes=` is not a dict or list written out in the call", node)
        for item in node.elements:
            if not isinstance(item, cst.DictElement):
                raise Refused("`volumes=`: unpacked entries are not modelled", item)
            self._absolute(item.key)
            bind = self._bind(item.value)
            s, e = self.host.span(item)
            parts = (*self.host.parts(item.key), Lit(":", True), *self.host.parts(bind))
            out.append(word(s, e, self.host.text[s:e], parts))
        return out

    @staticmethod
    def _bind(value: cst.BaseExpression) -> cst.BaseExpression:
        """The container path of `{host: path}` or `{host: {"bind": path, "mode": "rw"}}`."""
        if not isinstance(value, cst.Dict):
            return value
        bind = None
        for el in value.elements:
            key = string_value(el.key) if isinstance(el, cst.DictElement) else None
            if key == "bind" and isinstance(el, cst.DictElement):
                bind = el.value
            elif not (key == "mode" and isinstance(el, cst.DictElement) and string_value(el.value) == "rw"):
                raise Refused("the mount is not a plain read-write bind mount", el)
        if bind is None:
            raise Refused("the mount has no `bind` path", value)
        return bind

    def _absolute(self, node: cst.BaseExpression) -> None:
        kind = self.path_kind(node)
        if kind != "abs":
            why = "is relative" if kind == "rel" else "cannot be told to be absolute"
            raise Refused(
                f"the host path of the mount {why}: docker-py passes it to the Engine API as it is, where only "
                "an absolute path is a bind mount",
                node,
                "Mount os.path.join(os.getcwd(), DIR) (or another absolute path), then migrate.",
                extraction=True,
            )

    def rm(self, call: cst.Call, recv: cst.BaseExpression) -> list[Word]:
        at = self.host.span(call)[0]
        args = self.arguments(call, (), {"force", "v", "link"}, "remove")
        words = [self.lit("docker", at), self.lit("rm", at)]
        for name, flag in (("force", "-f"), ("v", "-v"), ("link", "-l")):
            if name in args and self.boolean(args[name], f"remove({name}=…)"):
                words.append(self.lit(flag, at))
        return [*words, self.ref(recv)]
