"""How the tracer evaluates words: variables and their defaults, command substitutions (docker ids, the
path idioms scripts use to find themselves), field splitting, and make's variables in recipes."""

from __future__ import annotations

import posixpath
from abc import ABC, abstractmethod

from migrate.parse.shell_model import AndOr, Command, Group, Node, Script, Word, walk
from migrate.parse.words import CmdSub, Lit, Param, Part, split_word
from migrate.parse.words import Opaque as OpaquePart
from migrate.source import SourceFile
from migrate.trace.docker_cli import Arg, DockerCall, parse_docker
from migrate.trace.flow import Site
from migrate.trace.paths import repo_dir, to_repo_path
from migrate.trace.values import EMPTY, Sym, Value

_IFS = " \t\n"


def _single_word(value: Value) -> bool:
    """Whether an unquoted unknown surely stays one argument: ids the tracer made, or unknowns whose
    default (what they are when nothing is set) is one word."""
    for sym in value.unknowns:
        if sym.key.startswith(("container:", "image:")):
            continue
        if sym.default is None or not sym.default or any(c in sym.default for c in _IFS):
            return False
    return True


class Evaluator(ABC):
    """The value side of the tracer (see interp.Tracer for the statement side)."""

    script: Script
    source: SourceFile
    cwd: str
    env: dict[str, Value]
    site: Site | None

    @abstractmethod
    def on_docker(self, call: DockerCall, site: Site, argv: list[Arg]) -> Value | None:
        """A docker command met inside a word (`id=$(docker create …)`): what it makes, if a value."""

    def word_value(self, word: Word) -> Value:
        """The value of one word, as the script's language reads it."""
        return self.eval_parts(self.parts(word))

    @abstractmethod
    def assume(self, what: str) -> None:
        """Record, for `explain`, a value taken as known that the script does not give literally."""

    @abstractmethod
    def unread_key(self, name: str) -> str | None:
        """The value key of `name` when an unread region may have set it."""

    @abstractmethod
    def diag(self, code: str, message: str, offset: int, hint: str | None = None) -> None:
        """Report a finding at an offset of the script."""

    def _language_variables(self) -> None:
        """The variables the language sets before the script runs, and make's variables as the recipes see
        them (`make` run with nothing on its command line)."""
        here = repo_dir(posixpath.dirname(str(self.source.path)) or ".")
        self.env.update({name: Value.of(value) for name, value in self.script.language.variables(here).items()})
        for name, op, raw, start in self.script.make_vars:
            value = self.eval_parts(split_word(raw, start, make=True))
            if op == "cond":
                self.env[name] = Value.of(Sym(f"cond:{name}@{start}"))
            elif op == "?=":  # the environment may set it
                self.env[name] = Value.of(Sym(f"env:{name}:-{value.show()}", value.resolved))
            elif op == "+=" and name in self.env:
                self.env[name] = self.env[name] + Value.of(" ") + value
            elif op == "!=":
                self.env[name] = Value.of(Sym(f"cmd:{raw}"))
            else:
                self.env[name] = value

    def argv(self, words: tuple[Word, ...]) -> list[Arg]:
        out: list[Arg] = []
        for w in words:
            parts = self.parts(w)
            if len(parts) == 1 and isinstance(parts[0], Param | CmdSub) and not parts[0].quoted:
                value = self.eval_parts(parts)
                text = value.literal
                if text is not None:  # field splitting of an unquoted expansion
                    out.extend(Arg(Value.of(f), w) for f in text.split())
                    continue
                out.append(Arg(value, w, exact=_single_word(value)))
                continue
            out.append(Arg(self.eval_parts(parts), w))
        return out

    def parts(self, word: Word) -> tuple[Part, ...]:
        return self.script.language.word_parts(self.script, word)

    def eval_parts(self, parts: tuple[Part, ...]) -> Value:
        out: list[Value] = []
        for p in parts:
            if isinstance(p, Lit):
                out.append(Value.of(p.text))
            elif isinstance(p, Param):
                out.append(self._param(p))
            elif isinstance(p, CmdSub):
                out.append(self._cmdsub(p))
            elif isinstance(p, OpaquePart):
                out.append(Value.of(Sym(f"expr:{p.text}")))
        return Value.of(*out)

    def _param(self, p: Param) -> Value:
        name = p.name
        current = self.env.get(name)
        if current is None and name == "PWD":
            current = Value.of(repo_dir(self.cwd))
        elif current is None and name in ("0", "BASH_SOURCE"):  # the script's own path
            current = Value.of(repo_dir(str(self.source.path)))
            self.assume(f"`${name}` is `{self.source.path}`, the script's own path, run from `{self.cwd}`")
        if current is None and (unread := self.unread_key(name)) is not None:
            current = Value.of(Sym(unread))  # a region the reader could not read may have set it
        if p.op is None:
            if current is not None:
                return current
            return Value.of(Sym(self._unset_key(name)))
        if p.arg is None:
            arg = EMPTY
        else:
            arg = self.eval_parts(p.arg_parts if p.arg_parts is not None else split_word(p.arg, p.arg_start))
        if p.op in (":-", "-", ":=", "="):
            if current is not None and (current.literal != "" or p.op in ("-", "=")):
                return current
            if current is not None and current.literal == "":
                return arg
            value = Value.of(Sym(f"{self._unset_key(name)}{p.op}{arg.show()}", arg.resolved))
            if p.op in (":=", "="):
                self.env[name] = value
            return value
        if p.op in (":+", "+"):
            if current is None:
                return Value.of(Sym(f"{self._unset_key(name)}{p.op}{arg.show()}", ""))
            return arg if current.literal != "" else EMPTY
        return current if current is not None else Value.of(Sym(self._unset_key(name)))

    @staticmethod
    def _unset_key(name: str) -> str:
        if name.isdigit() or name in "@*#":
            return f"arg:{name}"
        if name in "?$!-":
            return f"special:{name}"
        return f"env:{name}"

    def _cmdsub(self, p: CmdSub) -> Value:
        inner = self.script.cmdsubs.get(p.start)
        text = self.script.text[p.inner_start : p.inner_end].strip()
        if inner is None:
            return Value.of(Sym(f"cmd:{text}"))
        known = self._path_command(inner)
        if known is not None:
            return known
        if isinstance(inner, Command) and inner.words:
            argv = self.argv(inner.words)
            call = parse_docker(argv)
            if call is not None and self.site is not None:
                produced = self.on_docker(call, self.site, argv)
                if produced is not None:
                    return produced
        elif any(isinstance(n, Command) and n.name in ("docker", "podman", "sudo") for n in walk(inner)):
            self.diag("MIG205", "docker commands inside a compound command substitution are not traced", p.start)
        return Value.of(Sym(f"cmd:{text}"))

    def _path_command(self, node: Node) -> Value | None:
        """The output of the path idioms scripts use to find themselves: `pwd`, `dirname`, `basename`,
        `readlink -f`, `realpath`, and `cd DIR && pwd`."""
        if (isinstance(node, AndOr) and all(op == "&&" for op in node.ops)) or isinstance(node, Group):
            items = node.items if isinstance(node, AndOr) else node.body.stmts
            if len(items) == 2 and all(isinstance(i, Command) and i.words for i in items):
                first, last = items
                assert isinstance(first, Command) and isinstance(last, Command)
                targets = [w for w in first.words[1:] if w.text not in ("--", "-P", "-L")]
                if first.name == "cd" and last.name == "pwd" and len(targets) == 1:
                    target = self.eval_parts(self.parts(targets[0])).resolved
                    rel = to_repo_path(target, self.cwd) if target is not None else None
                    return Value.of(repo_dir(rel.rstrip("/"))) if rel is not None else None
            return None
        if not isinstance(node, Command) or not node.words:
            return None
        argv = self.argv(node.words)
        if not argv:  # the words expand to nothing: `$($EMPTY)`
            return None
        head = argv[0].value.literal
        if head == "pwd":
            return Value.of(repo_dir(self.cwd))
        args = [a for a in argv[1:] if a.value.literal not in ("--", "-f", "-e", "-m")]
        if head not in ("dirname", "basename", "readlink", "realpath") or len(args) != 1:
            return None
        path = args[0].value.resolved
        if path is None or (args[0].word is not None and _globs(self.parts(args[0].word))):
            return None  # unknown, or a pattern the shell expands to the files it matches
        if head == "basename":  # text only: wherever the path leads
            return Value.of(posixpath.basename(path.rstrip("/")) or "/")
        rel = to_repo_path(path, self.cwd)
        if rel is None:
            if head == "dirname" and path.startswith("/"):  # outside the repository: text only as well
                return Value.of(posixpath.dirname(path.rstrip("/")) or "/")
            return None
        rel = rel.rstrip("/") or "."
        if head == "dirname":
            return Value.of(repo_dir(posixpath.dirname(rel) or "."))
        return Value.of(repo_dir(rel))


def _globs(parts: tuple[Part, ...]) -> bool:
    """Whether a word has an unquoted pattern character (`*`, `?`, `[`): the shell expands it to file names."""
    return any(isinstance(p, Lit) and not p.quoted and any(c in p.text for c in "*?[") for p in parts)
