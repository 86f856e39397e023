"""migrate/plan/host_commands.py: host commands by their effect on the files they name, one case per command,
and the checks that use the table (MIG320 before the runtime build)."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from migrate.parse.shell import parse_shell
from migrate.parse.shell_model import Command
from migrate.pipeline import migrate_repo
from migrate.plan.host_commands import Effect, effect, writes_a_file

NONE, READS, CREATES, CHANGES, DELETES = Effect


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        *(pytest.param(c, NONE, id=c.split()[0]) for c in ("echo Failed to build", "printf '%s' x", "exit 1")),
        *(pytest.param(c, NONE, id=c.split()[0]) for c in ("return 2", "true", ": x", "false", "set -e", "shift")),
        *(pytest.param(c, NONE, id=c.split()[0]) for c in ("sleep 5", "unset X", "wait", "trap x EXIT", "date")),
        *(pytest.param(c, NONE, id=c.split()[0]) for c in ("whoami", "id -u", "uname -m", "hostname", "pwd")),
        *(pytest.param(c, NONE, id=c.split()[0]) for c in ("basename a/b", "dirname a/b", "seq 3", "expr 1 + 1")),
        *(pytest.param(c, NONE, id=c.split()[0]) for c in ("docker images", "podman ps")),
        *(pytest.param(c, READS, id=c.split()[0]) for c in ("cat a", "ls out", "[ -d out ]", "[[ -f a ]]")),
        *(pytest.param(c, READS, id=c.split()[0]) for c in ("test -f a", "grep x a", "egrep x a", "fgrep x a")),
        *(pytest.param(c, READS, id=c.split()[0]) for c in ("head a", "tail a", "wc -l a", "du -sh out")),
        *(pytest.param(c, READS, id=c.split()[0]) for c in ("stat a", "file a", "tree out", "diff a b", "cmp a b")),
        *(pytest.param(c, READS, id=c.split()[0]) for c in ("od a", "xxd a", "hexdump a", "strings a")),
        *(pytest.param(c, READS, id=c.split()[0]) for c in ("sha256sum a", "sha1sum a", "sha512sum a")),
        *(pytest.param(c, READS, id=c.split()[0]) for c in ("md5sum a", "cksum a", "readelf -h a", "ldd a", "nm a")),
        *(pytest.param(c, READS, id=c.split()[0]) for c in ("realpath a", "readlink a", "cd out", "pushd out")),
        pytest.param("popd", READS, id="popd"),
        *(pytest.param(c, CREATES, id=c.split()[0]) for c in ("mkdir out", "cp a b", "ln -s a b", "install a b")),
        *(pytest.param(c, CREATES, id=c.split()[0]) for c in ("mktemp", "mkfifo p", "rsync a b", "zip a.zip a")),
        *(pytest.param(c, CHANGES, id=c.split()[0]) for c in ("chmod +x a", "chown u a", "chgrp g a", "touch a")),
        *(pytest.param(c, CHANGES, id=c.split()[0]) for c in ("strip a", "upx a", "patch -p1", "truncate -s0 a")),
        *(pytest.param(c, CHANGES, id=c.split()[0]) for c in ("dd if=a of=b", "mv a b", "tee a", "gzip a")),
        *(pytest.param(c, CHANGES, id=c.split()[0]) for c in ("gunzip a.gz", "bzip2 a", "xz a", "unxz a.xz")),
        *(pytest.param(c, DELETES, id=c.split()[0]) for c in ("rm -f a", "rmdir out", "unlink a", "shred a")),
        pytest.param("sed -n 1p a", READS, id="sed without -i reads"),
        pytest.param("sed -i s/a/b/ a", CHANGES, id="sed -i changes"),
        pytest.param("tar tf a.tar", READS, id="tar t lists"),
        pytest.param("tar -xf a.tar", CHANGES, id="tar x writes"),
        pytest.param("tar czf a.tgz out", CHANGES, id="tar c writes an archive"),
        pytest.param("unzip -l a.zip", READS, id="unzip -l lists"),
        pytest.param("unzip a.zip", CREATES, id="unzip extracts"),
        pytest.param("find out -name '*.o'", READS, id="find reads"),
        pytest.param("find out -name '*.o' -delete", DELETES, id="find -delete deletes"),
        pytest.param("find out -type f -exec rm {} +", DELETES, id="find -exec rm deletes"),
        pytest.param("find out -type f -exec cat {} ;", READS, id="find -exec of a reader reads"),
        pytest.param("find out -type f -exec chmod 600 {} ;", CHANGES, id="find -exec of a writer changes"),
        pytest.param("make all", CHANGES, id="an unknown command may change anything"),
    ],
)
def test_host_command_effect_on_the_files_it_names(line: str, expected: Effect) -> None:
    name, *args = line.split()
    assert effect(name, [a.strip("'") for a in args]) is expected


def test_an_unresolved_argument_may_make_find_or_sed_write() -> None:
    assert (effect("find", ["out", None]), effect("sed", [None, "a"])) == (CHANGES, CHANGES)


def command(line: str) -> Command:
    node = parse_shell(line + "\n").body.stmts[0]
    assert isinstance(node, Command)
    return node


@pytest.mark.parametrize(
    ("line", "writes"),
    [
        pytest.param('echo "failed" >&2', False, id="to standard error is no file"),
        pytest.param("make 2>&1", False, id="a duplication is no file"),
        pytest.param("grep x a > /dev/null", False, id="a device is no file"),
        pytest.param("sort < a", False, id="a read"),
        pytest.param("echo x > out.txt", True, id="to a file"),
        pytest.param("echo x >> log", True, id="appending to a file"),
        pytest.param("make &> build.log", True, id="both streams to a file"),
    ],
)
def test_redirection_writes_a_file(line: str, writes: bool) -> None:
    assert writes_a_file(command(line)) is writes


BUILDER = "FROM alpine AS b\nCOPY . /src/\nRUN cp /src/main.c /out\n"


@pytest.mark.parametrize(
    "handler",
    [
        pytest.param('if [ -z "$ID" ]; then\n  echo "no container id" >&2\n  exit 1\nfi\n', id="echo to stderr, exit"),
        pytest.param('[ -n "$ID" ] || { printf "%s\\n" "no id" 1>&2; exit 3; }\n', id="printf and exit in a group"),
        pytest.param("cd . && ls src > /dev/null\n", id="cd and a read to a device"),
    ],
)
def test_error_handlers_touch_nothing_the_builder_reads(tmp_path: Path, handler: str) -> None:
    """The builder reads its whole context (`COPY . /src/`): any word taken for a path would touch it."""
    root = tmp_path / "r"
    files = {
        "Dockerfile.build": BUILDER,
        "Dockerfile": "FROM alpine\nCOPY out /bin/out\n",
        "main.c": "int main;\n",
        "build.sh": "#!/bin/sh\ndocker build -t b -f Dockerfile.build .\nID=$(docker create b)\n"
        + handler
        + 'docker cp "$ID":/out out\ndocker rm "$ID"\ndocker build -t app .\n',
    }
    for rel, text in files.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text)
    subprocess.run(["git", "init", "-q", str(root)], check=True)
    subprocess.run(["git", "-C", str(root), "add", "-A"], check=True)
    result = migrate_repo(root)
    assert [d.code for d in result.diagnostics if d.code == "MIG320"] == []
